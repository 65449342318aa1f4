package nl.geboortezorg.werkplaats.mkba.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.geboortezorg.werkplaats.common.ConcurrentEditException;
import nl.geboortezorg.werkplaats.common.FieldProblem;
import nl.geboortezorg.werkplaats.common.ValidationException;
import nl.geboortezorg.werkplaats.common.ui.FormErrors;
import nl.geboortezorg.werkplaats.common.ui.Notifications;
import nl.geboortezorg.werkplaats.common.ui.TranslationProvider;
import nl.geboortezorg.werkplaats.common.ui.Translator;
import nl.geboortezorg.werkplaats.mkba.AnalysisDetail;
import nl.geboortezorg.werkplaats.mkba.AnalysisPartsService;

/**
 * Imports costs and benefits from a workbook in the export's layout. Every row is checked first;
 * when any row is wrong the rows and reasons are listed and nothing is imported.
 */
final class ImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final List<String> FIELD_COLUMNS = List.of(
            "kind",
            "description",
            "stakeholder",
            "valueType",
            "mode",
            "amount",
            "fromYear",
            "toYear",
            "growth",
            "deadweight",
            "attribution",
            "optimismBias",
            "dropOff",
            "source",
            "confidence");

    private final AnalysisPartsService service;
    private final AnalysisDetail detail;
    private final TranslationProvider translations;
    private final Runnable afterImport;
    final Div outcome = new Div();

    ImportDialog(
            AnalysisPartsService service,
            AnalysisDetail detail,
            TranslationProvider translations,
            Runnable afterImport) {
        this.service = service;
        this.detail = detail;
        this.translations = translations;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("mkba.import"));
        setWidth("min(44rem, 95vw)");
        outcome.setId("mkba-import-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new Paragraph(getTranslation("mkba.import-intro")), upload(), outcome);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private Upload upload() {
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                try (InputStream content = event.getInputStream()) {
                    byte[] bytes = content.readNBytes(MAX_BYTES + 1);
                    List<String> problems = bytes.length > MAX_BYTES
                            ? List.of(getTranslation("mkba-xlsx.too-large", MAX_BYTES / (1024 * 1024)))
                            : importFrom(new ByteArrayInputStream(bytes));
                    ui.access(() -> show(problems));
                }
            }

            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.setId("mkba-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", AnalysisWorkbook.CONTENT_TYPE);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("mkba.import-choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("mkba.import-drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("mkba-xlsx.too-large", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("mkba-xlsx.unreadable")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> show(List.of(rejected.getErrorMessage())));
        return upload;
    }

    /**
     * Reads the workbook and, when every row is right, adds all its items in one go. Returns the
     * problems in words; empty when the items were added.
     */
    List<String> importFrom(InputStream content) {
        List<Translator> languages = List.of(
                Translator.of(translations, getLocale()),
                Translator.of(translations, TranslationProvider.DUTCH),
                Translator.of(translations, TranslationProvider.ENGLISH));
        AnalysisWorkbook.Read read = AnalysisWorkbook.read(content, detail, languages);
        if (!read.ok()) {
            return read.problems().stream()
                    .map(p -> describe(
                            p.row(),
                            p.column(),
                            getTranslation(p.messageKey(), p.arguments().toArray())))
                    .toList();
        }
        try {
            service.addItems(detail.id(), read.items());
            return List.of();
        } catch (ValidationException invalid) {
            List<String> problems = new ArrayList<>();
            for (FieldProblem problem : invalid.problems()) {
                String[] parts = problem.field().split("\\.", 3);
                boolean perItem = read.items().size() > 1 && parts.length == 3 && parts[0].equals("items");
                int index = perItem ? Integer.parseInt(parts[1]) : 0;
                String field = perItem ? parts[2] : problem.field();
                int column = FIELD_COLUMNS.indexOf(field);
                problems.add(describe(
                        read.rows().get(index),
                        column < 0 ? "" : AnalysisWorkbook.column(column),
                        FormErrors.message(problem, this)));
            }
            return problems;
        } catch (ConcurrentEditException stale) {
            // the page shows the analysis as it is now, so the next try starts from it
            afterImport.run();
            return List.of(getTranslation("concurrent-edit.reloaded"));
        }
    }

    private String describe(int row, String column, String message) {
        if (row <= 0) {
            return message;
        }
        return column.isEmpty()
                ? getTranslation("mkba-xlsx.problem-row", row, message)
                : getTranslation("mkba-xlsx.problem-cell", row, column, message);
    }

    void show(List<String> problems) {
        outcome.removeAll();
        if (problems.isEmpty()) {
            close();
            Notifications.success(getTranslation("mkba.imported"));
            afterImport.run();
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("mkba-import-problems");
        problems.forEach(problem -> list.add(new ListItem(problem)));
        Paragraph nothing = new Paragraph(getTranslation("mkba.import-nothing"));
        nothing.addClassName("field-error");
        outcome.add(nothing, list);
    }
}
