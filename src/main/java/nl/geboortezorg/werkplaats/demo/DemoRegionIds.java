package nl.geboortezorg.werkplaats.demo;

import java.util.Map;
import java.util.Set;

/** The demo regions' ids by their codes, as the demo loader inserted them. */
record DemoRegionIds(Map<String, Long> byCode) {

    DemoRegionIds {
        byCode = Map.copyOf(byCode);
    }

    /** The id of the demo region with this code; the demo data only names regions the loader inserted. */
    long get(String code) {
        Long id = byCode.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No demo region " + code);
        }
        return id;
    }

    Set<String> codes() {
        return byCode.keySet();
    }
}
