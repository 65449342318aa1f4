package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.DutchFormats;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.regions.ManagedRegion;
import nl.geboortezorg.werkplaats.regions.Region;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.security.Role;

/**
 * The admins' page for the regions: every region, active and archived, with creating, renaming and
 * archiving in dialogs. A region is never deleted; one that stops is archived. The organisations
 * and their lead mark are managed in each region's workspace, which the region's name links to.
 */
@Route("beheer/regios")
@Menu(order = 125, title = "region.admin.title", icon = "vaadin:globe")
@RolesAllowed(Role.Names.ADMIN)
class RegionAdministrationView extends Main implements HasDynamicTitle {

    private final RegionService regions;
    private final Button create = new Button();
    private final Paragraph empty = new Paragraph();
    private final Grid<ManagedRegion> grid = new Grid<>();

    RegionAdministrationView(RegionService regions) {
        this.regions = regions;
        addClassName("region-administration");

        create.setId("new-region");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new RegionDialog(regions, null, this::refresh).open());
        empty.setId("regions-empty");
        empty.setText(getTranslation("region.admin.empty"));

        grid.setId("managed-regions");
        grid.setAriaLabel(getTranslation("region.admin.title"));
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameLink)
                .setKey("name")
                .setHeader(getTranslation("region.admin.name"))
                .setFlexGrow(2);
        grid.addColumn(managed -> managed.region().code()).setHeader(getTranslation("region.admin.code"));
        grid.addColumn(managed ->
                        Objects.requireNonNullElse(managed.leadOrganisation(), getTranslation("region.lead.none")))
                .setHeader(getTranslation("region.lead"))
                .setFlexGrow(2);
        grid.addColumn(managed -> getTranslation("home.counts", managed.organisationCount(), managed.memberCount()))
                .setHeader(getTranslation("region.admin.size"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("region.admin.status"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("region.admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);

        add(new Paragraph(getTranslation("region.admin.intro")), new HorizontalLayout(create), empty, grid);
        refresh();
    }

    private void refresh() {
        List<ManagedRegion> all = regions.managedRegions();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        create.setText(getTranslation(all.isEmpty() ? "region.admin.first" : "region.admin.new"));
    }

    private RouterLink nameLink(ManagedRegion managed) {
        return new RouterLink(
                managed.region().name(),
                RegionWorkspaceView.class,
                new RouteParameters(RegionWorkspaceView.CODE, managed.region().code()));
    }

    private Span status(ManagedRegion managed) {
        var archivedAt = managed.region().archivedAt();
        Span status = new Span(
                archivedAt == null
                        ? getTranslation("region.admin.active")
                        : getTranslation("region.admin.archived-since", DutchFormats.date(archivedAt)));
        status.getElement().getThemeList().add(archivedAt == null ? "badge success" : "badge contrast");
        return status;
    }

    private Component actions(ManagedRegion managed) {
        Region region = managed.region();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!region.archived()) {
            Button edit = new Button(
                    VaadinIcon.EDIT.create(), click -> new RegionDialog(regions, region, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("region.admin.edit") + ": " + region.name());
            edit.setId("edit-region-" + region.code());
            actions.add(edit);
        }
        String action = region.archived() ? "region.admin.unarchive" : "region.admin.archive";
        Button archive = new Button(getTranslation(action), click -> confirmArchive(region));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        archive.setAriaLabel(getTranslation(action) + ": " + region.name());
        archive.setId((region.archived() ? "unarchive-region-" : "archive-region-") + region.code());
        actions.add(archive);
        return actions;
    }

    private void confirmArchive(Region region) {
        boolean archive = !region.archived();
        String action = getTranslation(archive ? "region.admin.archive" : "region.admin.unarchive");
        ConfirmDialog confirm = new ConfirmDialog(
                action + ": " + region.name(),
                getTranslation(
                        archive ? "region.admin.archive.confirm" : "region.admin.unarchive.confirm", region.name()),
                action,
                event -> {
                    try {
                        if (archive) {
                            regions.archiveRegion(region.id(), region.version());
                        } else {
                            regions.unarchiveRegion(region.id(), region.version());
                        }
                        Notifications.success(getTranslation(
                                archive ? "region.admin.archive.done" : "region.admin.unarchive.done", region.name()));
                        refresh();
                    } catch (ConcurrentEditException stale) {
                        ConcurrentEditDialog.open(this, this::refresh);
                    } catch (ValidationException refused) {
                        Notifications.error(FormErrors.firstMessage(refused, this));
                        refresh();
                    }
                });
        confirm.setId("confirm-archive");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("region.admin.title") + " | " + getTranslation("app.name");
    }
}
