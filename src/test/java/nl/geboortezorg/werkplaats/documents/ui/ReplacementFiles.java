package nl.geboortezorg.werkplaats.documents.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;

/** For view tests outside this package: chooses a file in the open replace-file dialog, as the upload does. */
public final class ReplacementFiles {

    private ReplacementFiles() {}

    public static void choose(String fileName, byte[] content) {
        _get(ReplaceFileDialog.class).file.receive(fileName, new ByteArrayInputStream(content), UI.getCurrent());
        MockVaadin.runUIQueue();
    }
}
