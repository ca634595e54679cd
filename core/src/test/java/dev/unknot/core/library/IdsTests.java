package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTests {

    @ParameterizedTest
    @ValueSource(strings = {"stretching/childs-pose", "a/b", "heat-2/pad-20-min", "foam-rolling/upper-back"})
    void namespacedIdsAcceptLowerCaseSlugsAroundOneSlash(String value) {
        assertThat(TechniqueId.of(value).value()).isEqualTo(value);
        assertThat(RoutineId.of(value).value()).isEqualTo(value);
        assertThat(TemplateId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "childs-pose",
                "stretching/",
                "/childs-pose",
                "a/b/c",
                "a//b",
                "Stretching/childs-pose",
                "stretching/childs pose",
                "stretching/-pose",
                "stretching/pose-",
                "stretching/childs--pose",
                "stretching/child's-pose",
                " stretching/childs-pose",
                "stretching/childs_pose"
            })
    void namespacedIdsRejectAnythingElseAndQuoteIt(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TechniqueId.of(value))
                .withMessage("technique id must be 'namespace/name' in lower-case words joined by hyphens"
                        + " (like 'stretching/childs-pose'), was '" + value + "'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RoutineId.of(value))
                .withMessageStartingWith("routine id must be 'namespace/name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TemplateId.of(value))
                .withMessageStartingWith("habit template id must be 'namespace/name'");
    }

    @Test
    void namespacedIdsSplitIntoNamespaceAndName() {
        TechniqueId id = TechniqueId.of("stretching/childs-pose");

        assertThat(id.namespace()).isEqualTo("stretching");
        assertThat(id.name()).isEqualTo("childs-pose");
        assertThat(id).hasToString("stretching/childs-pose");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stretching", "foam-rolling", "heat2"})
    void pillarIdsAreSingleSlugs(String value) {
        assertThat(PillarId.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "stretching/childs-pose", "Stretching", "foam rolling", "foam_rolling", "-heat"})
    void pillarIdWithASlashOrOtherShapeIsRejected(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PillarId.of(value))
                .withMessage("pillar id must be lower-case words joined by hyphens (like 'foam-rolling'), was '" + value
                        + "'");
    }

    @Test
    void idsOrderByValue() {
        List<TechniqueId> ids = new ArrayList<>(List.of(
                TechniqueId.of("stretching/twist"), TechniqueId.of("heat/pad"), TechniqueId.of("stretching/cat-cow")));

        ids.sort(null);

        assertThat(ids)
                .extracting(TechniqueId::value)
                .containsExactly("heat/pad", "stretching/cat-cow", "stretching/twist");
        assertThat(PillarId.of("heat")).isLessThan(PillarId.of("stretching"));
        assertThat(RoutineId.of("a/b")).isLessThan(RoutineId.of("a/c"));
        assertThat(TemplateId.of("b/a")).isGreaterThan(TemplateId.of("a/z"));
    }
}
