package nl.geboortezorg.werkplaats.regions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.ConcurrentEditDialog;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.regions.Member;
import nl.geboortezorg.werkplaats.regions.Organisation;
import nl.geboortezorg.werkplaats.regions.OrganisationType;
import nl.geboortezorg.werkplaats.regions.RegionService;
import nl.geboortezorg.werkplaats.regions.RegionWorkspace;
import org.jspecify.annotations.Nullable;

/**
 * A region's workspace: lead organisation, partner organisations by type, the expected types that
 * are missing, its members, and what other features show of the region (such as its sessions).
 */
@Route("regio/:code")
@PermitAll
class RegionWorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final RegionService regions;
    private final List<RegionWorkspaceSection> contributed;
    private String code = "";
    private @Nullable RegionWorkspace workspace;

    RegionWorkspaceView(RegionService regions, List<RegionWorkspaceSection> contributed) {
        this.regions = regions;
        this.contributed = contributed;
        addClassName("region-workspace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private boolean load() {
        workspace = regions.workspace(code).orElse(null);
        removeAll();
        if (workspace == null) {
            return false;
        }
        H2 name = new H2(workspace.region().name());
        name.setId("region-name");
        add(name);
        if (workspace.region().archived()) {
            Paragraph archived = new Paragraph(getTranslation("region.archived.notice"));
            archived.setId("region-archived");
            archived.addClassName("region-archived");
            add(archived);
        }
        if (workspace.region().description() != null) {
            add(new Paragraph(workspace.region().description()));
        }
        Paragraph lead = new Paragraph(getTranslation("region.lead") + ": "
                + workspace.leadOrganisation().map(Organisation::name).orElse(getTranslation("region.lead.none")));
        lead.setId("lead-organisation");
        add(lead, organisations(), missingTypes(), members());
        contributed.forEach(section -> add(section.create(workspace.region())));
        return true;
    }

    /** The region shown; the parts of the page that read it are only built once it is loaded. */
    private RegionWorkspace loaded() {
        return Objects.requireNonNull(workspace, "read only once loaded");
    }

    private Section organisations() {
        RegionWorkspace workspace = loaded();
        Section section = new Section(new H3(getTranslation("region.organisations")));
        section.setId("organisations");
        if (workspace.editable()) {
            Button add = new Button(
                    getTranslation("region.organisation.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new OrganisationDialog(
                                    null,
                                    draft -> regions.addOrganisation(
                                            workspace.region().id(), draft),
                                    this::saved,
                                    this::load)
                            .open());
            add.setId("add-organisation");
            section.add(add);
        }
        for (Map.Entry<OrganisationType, List<Organisation>> group :
                workspace.organisationsByType().entrySet()) {
            Div typeGroup = new Div(new Span(
                    getTranslation("organisation-type." + group.getKey().name())));
            typeGroup.addClassName("organisation-type");
            UnorderedList list = new UnorderedList();
            group.getValue().forEach(organisation -> list.add(item(organisation)));
            typeGroup.add(list);
            section.add(typeGroup);
        }
        return section;
    }

    private ListItem item(Organisation organisation) {
        RegionWorkspace workspace = loaded();
        ListItem item = new ListItem(organisation.name());
        if (organisation.lead()) {
            Span badge = new Span(getTranslation("region.lead"));
            badge.getElement().getThemeList().add("badge");
            item.add(badge);
        }
        if (workspace.editable()) {
            Button edit = new Button(
                    VaadinIcon.EDIT.create(),
                    click -> new OrganisationDialog(
                                    organisation,
                                    draft -> regions.updateOrganisation(
                                            organisation.id(), organisation.version(), draft),
                                    this::saved,
                                    this::load)
                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("region.organisation.edit") + ": " + organisation.name());
            item.add(edit);
            if (!organisation.lead() && workspace.leadMarkable()) {
                Button markLead = new Button(
                        getTranslation("region.organisation.mark-lead"),
                        VaadinIcon.STAR_O.create(),
                        click -> markLead(organisation, click.getSource()));
                markLead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                markLead.setAriaLabel(getTranslation("region.organisation.mark-lead") + ": " + organisation.name());
                item.add(markLead);
            }
            if (!organisation.lead()) {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(organisation, click.getSource()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("region.organisation.remove") + ": " + organisation.name());
                item.add(remove);
            }
        }
        return item;
    }

    private void remove(Organisation organisation, Button source) {
        try {
            regions.removeOrganisation(organisation.id(), organisation.version());
            Notifications.success(getTranslation("region.organisation.removed", organisation.name()));
            load();
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(source, this::load);
        } catch (ValidationException refused) {
            Notifications.error(FormErrors.firstMessage(refused, this));
        }
    }

    private void markLead(Organisation organisation, Button source) {
        try {
            regions.markLead(organisation.id(), organisation.version());
            Notifications.success(getTranslation("region.organisation.lead-marked", organisation.name()));
            load();
        } catch (ConcurrentEditException stale) {
            ConcurrentEditDialog.open(source, this::load);
        }
    }

    private void saved(Organisation organisation) {
        Notifications.success(getTranslation("action.saved"));
        load();
    }

    private Section missingTypes() {
        RegionWorkspace workspace = loaded();
        Section section = new Section(new H3(getTranslation("region.missing-types")));
        section.setId("missing-types");
        if (workspace.missingTypes().isEmpty()) {
            section.add(new Paragraph(getTranslation("region.missing-types.none")));
        } else {
            section.add(new Paragraph(getTranslation("region.missing-types.intro")));
            UnorderedList list = new UnorderedList();
            OrganisationType.EXPECTED.stream()
                    .filter(workspace.missingTypes()::contains)
                    .forEach(type -> list.add(new ListItem(getTranslation("organisation-type." + type.name()))));
            section.add(list);
        }
        return section;
    }

    private Section members() {
        RegionWorkspace workspace = loaded();
        Section section = new Section(new H3(getTranslation("region.members")));
        section.setId("members");
        workspace
                .members()
                .ifPresentOrElse(
                        members -> {
                            Grid<Member> grid = new Grid<>();
                            grid.addColumn(Member::displayName).setHeader(getTranslation("user.display-name"));
                            grid.addColumn(Member::email).setHeader(getTranslation("user.email"));
                            grid.addColumn(member -> getTranslation(
                                            "role." + member.role().name()))
                                    .setHeader(getTranslation("user.role"));
                            grid.setItems(members);
                            grid.setAllRowsVisible(true);
                            grid.setAriaLabel(getTranslation("region.members"));
                            section.add(grid);
                        },
                        () -> section.add(
                                new Paragraph(getTranslation("region.members.count", workspace.memberCount()))));
        return section;
    }

    @Override
    public String getPageTitle() {
        String region = workspace == null ? "" : workspace.region().name();
        return region + " | " + getTranslation("app.name");
    }
}
