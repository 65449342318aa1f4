package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instead of Vaadin's internal error page (which shows the stack trace in development mode): what
 * happened in plain words and a reference the user can quote, which the log line with the details
 * carries too.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class ErrorPage extends ProblemPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReference.next();
        LOG.error(
                "Unexpected error opening {} (reference {})",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        Span code = new Span(reference);
        code.setId("problem-reference");
        code.addClassName("problem-reference");
        show("problem.error.title", "problem.error.text", new Paragraph(code));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
