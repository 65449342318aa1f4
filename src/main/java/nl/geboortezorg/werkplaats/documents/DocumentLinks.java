package nl.geboortezorg.werkplaats.documents;

import java.util.List;
import nl.geboortezorg.werkplaats.documents.internal.DocumentRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a feature that deletes one of its items drops the documents' links to it, inside its own
 * transaction (after checking who may delete the item, and auditing it): the documents stay.
 */
@Component
public class DocumentLinks {

    private final DocumentRepository documents;

    DocumentLinks(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Removes every link to the item; returns the ids of the documents that were linked to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> removeAllTo(LinkTarget target) {
        return documents.unlinkAll(target);
    }
}
