package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import nl.geboortezorg.werkplaats.common.NotFoundException;
import nl.geboortezorg.werkplaats.common.ui.NothingHere;
import org.springframework.security.access.AccessDeniedException;

/**
 * One page for "there is nothing here for you": an address without a page, an item that does not
 * exist, an item the reader may not read and a page the reader's role may not open all look
 * exactly the same (same text, same status), so that nobody learns from the answer whether an
 * item exists. Each kind of refusal needs its own handler class, as Vaadin picks the handler by
 * the exception's type (declared on the class itself); all of them show this page. Someone not signed in is sent to the login
 * page instead, by Vaadin's access check, because these pages are for signed-in users only; the
 * public knowledge base says the same in its own pages ({@code NothingHere}).
 */
abstract class UnavailablePage extends ProblemPage {

    /** Shows the page; the answer's status is "not found" whatever the reason. */
    int showNothingHere() {
        show("problem.unavailable.title", NothingHere.of(this));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** No page at this address, or a view that found no item it may show. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    static class RouteNotFound extends UnavailablePage
            implements HasErrorParameter<com.vaadin.flow.router.NotFoundException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
            return showNothingHere();
        }
    }

    /** A page the user's role may not open, refused by Vaadin's access check. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    static class RouteRefused extends UnavailablePage
            implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
            return showNothingHere();
        }
    }

    /** A service refused to read something for the page being opened. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    static class ItemRefused extends UnavailablePage implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return showNothingHere();
        }
    }

    /** A service found no such item for the page being opened. */
    @ParentLayout(MainLayout.class)
    @PermitAll
    static class ItemNotFound extends UnavailablePage implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return showNothingHere();
        }
    }
}
