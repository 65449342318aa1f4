package nl.geboortezorg.werkplaats.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.geboortezorg.werkplaats.database.jooq.VersionedUpdate;
import org.springframework.stereotype.Service;

/**
 * The service methods that change an existing item under optimistic locking, found in the compiled
 * code: the lists of stale-write and conflict scenarios are checked against it, so a new versioned
 * write fails both until it has its scenarios.
 */
public final class VersionedWrites {

    private static Set<String> found;

    private VersionedWrites() {}

    /**
     * The public methods of services that write through {@link VersionedUpdate} ({@code
     * WorkSessionService.cancel}), found by following the calls back from it (through repositories
     * and private helpers) to the first service method.
     */
    public static synchronized Set<String> serviceMethods() {
        if (found == null) {
            found = Set.copyOf(walk());
        }
        return found;
    }

    private static Set<String> walk() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.geboortezorg.werkplaats");
        Deque<JavaCodeUnit> callees = new ArrayDeque<>();
        classes.get(VersionedUpdate.class).getMethods().stream()
                .filter(m -> Set.of("execute", "delete", "check").contains(m.getName()))
                .forEach(callees::add);
        Set<JavaCodeUnit> seen = new HashSet<>(callees);
        Set<String> methods = new TreeSet<>();
        while (!callees.isEmpty()) {
            JavaCodeUnit callee = callees.pop();
            List<JavaCodeUnit> callers = new ArrayList<>();
            callee.getAccessesToSelf().forEach(call -> callers.add(call.getOrigin()));
            if (callee instanceof JavaMethod method) {
                method.getReferencesToSelf().forEach(reference -> callers.add(reference.getOrigin()));
            }
            for (JavaCodeUnit caller : callers) {
                JavaClass owner = caller.getOwner();
                if (owner.isAnnotatedWith(Service.class)
                        && caller.getModifiers().contains(JavaModifier.PUBLIC)) {
                    methods.add(owner.getSimpleName() + "." + caller.getName());
                } else if (seen.add(caller)) {
                    callees.add(caller);
                }
            }
        }
        return methods;
    }
}
