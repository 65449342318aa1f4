package nl.geboortezorg.werkplaats.sessions;

import nl.geboortezorg.werkplaats.common.ConcurrentEditException;

/**
 * A correction of the minutes was proposed against notes that changed since (another correction
 * was accepted in between): accepting it would silently undo that change, so nothing is written.
 * Carries the notes as they read now and the correction, so the decider sees both texts.
 */
public class CorrectionConflictException extends ConcurrentEditException {

    private final transient MinutesCorrection correction;
    private final String currentText;

    public CorrectionConflictException(MinutesCorrection correction, String currentText) {
        super(MinutesService.CORRECTION, correction.id());
        this.correction = correction;
        this.currentText = currentText;
    }

    public MinutesCorrection correction() {
        return correction;
    }

    /** The agenda item's notes as they read now. */
    public String currentText() {
        return currentText;
    }

    /** The text the correction proposes. */
    public String proposedText() {
        return correction.proposedText();
    }
}
