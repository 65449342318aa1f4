package nl.geboortezorg.werkplaats.bottlenecks.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The recognition matrix: bottlenecks against the seven regions as a heat map. */
@Route("herkenningsmatrix")
@PermitAll
class RecognitionMatrixView extends Main implements HasDynamicTitle {

    RecognitionMatrixView() {
        H2 title = new H2(getTranslation("matrix.title"));
        title.addClassName("view-title");
        add(title);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.title");
    }
}
