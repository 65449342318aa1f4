package nl.geboortezorg.werkplaats.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus the platform's own styles from {@code frontend/styles}, which the
 * build copies onto the classpath as static resources. Plain stylesheets need no front-end bundle
 * build, so the app starts without Node.js and loads nothing from outside this server. Server push
 * carries others' changes (such as live session notes) to open pages. A small inline script mends
 * two ARIA attributes the components set where ARIA does not allow them ({@code aria-fixes.js});
 * another warns before an idle session ends ({@code idle-notice.js}, see {@code IdleNotice}); a
 * third asks before a tab closes with typed text the server has not received
 * ({@code unsaved-text.js}, see {@code DraftKeeper}).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/werkplaats.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addInlineFromFile("aria-fixes.js", Inline.Wrapping.JAVASCRIPT);
        settings.addInlineFromFile("idle-notice.js", Inline.Wrapping.JAVASCRIPT);
        settings.addInlineFromFile("unsaved-text.js", Inline.Wrapping.JAVASCRIPT);
    }
}
