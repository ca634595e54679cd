package dev.unknot.web.library;

import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.TechniqueId;
import java.util.Optional;

/**
 * The library's addresses: {@code library/stretching} for a pillar and
 * {@code library/stretching/childs-pose} for the technique with that id.
 */
final class LibraryAddresses {

    static final String PILLAR = "pillar";
    static final String NAMESPACE = "namespace";
    static final String NAME = "name";

    private LibraryAddresses() {}

    static RouteParameters of(PillarId pillar) {
        return new RouteParameters(PILLAR, pillar.value());
    }

    static RouteParameters of(TechniqueId technique) {
        return new RouteParameters(
                new RouteParam(NAMESPACE, technique.namespace()), new RouteParam(NAME, technique.name()));
    }

    /** The pillar id an address names, or empty when it is not an id at all. */
    static Optional<PillarId> pillarId(String value) {
        try {
            return Optional.of(PillarId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The technique id an address names, or empty when it is not an id at all. */
    static Optional<TechniqueId> techniqueId(String namespace, String name) {
        try {
            return Optional.of(TechniqueId.of(namespace + "/" + name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
