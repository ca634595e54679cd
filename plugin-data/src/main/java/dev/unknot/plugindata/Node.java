package dev.unknot.plugindata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One value of a data plugin document, with where it is: the line it starts on and the path of
 * fields that leads to it ({@code techniques[2].dose}). Every problem the reader finds names both.
 */
record Node(org.snakeyaml.engine.v2.nodes.Node yaml, String path, Problems problems) {

    int line() {
        return yaml.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    /** Records a problem with this value; returns empty, for callers that give up on it. */
    <T> Optional<T> problem(String message) {
        problems.add(line(), path, message);
        return Optional.empty();
    }

    boolean isScalar() {
        return yaml instanceof ScalarNode;
    }

    boolean isMapping() {
        return yaml instanceof MappingNode;
    }

    Optional<String> text() {
        if (yaml instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        return problem(yaml instanceof ScalarNode ? "must not be blank" : "must be text");
    }

    Optional<Integer> whole(int min, int max) {
        if (yaml instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.matches("[0-9]{1,9}")) {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return Optional.of(number);
                }
            }
        }
        return problem("must be a whole number from " + min + " to " + max);
    }

    Optional<Double> number(double min, double max) {
        if (yaml instanceof ScalarNode scalar) {
            try {
                double number = Double.parseDouble(scalar.getValue().strip());
                if (number >= min && number <= max) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        return problem("must be a number from " + min + " to " + max);
    }

    /** The items of a list; anything else is a problem, and no items. */
    List<Node> items() {
        List<Node> items = new ArrayList<>();
        if (yaml instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                items.add(new Node(sequence.getValue().get(i), path + "[" + i + "]", problems));
            }
        } else {
            problem("must be a list");
        }
        return items;
    }

    /**
     * The fields of a mapping, by name, each once. A field not in {@code known} is a problem
     * (most likely a typo that would otherwise be silently ignored).
     */
    Optional<Fields> fields(Set<String> known) {
        if (!(yaml instanceof MappingNode mapping)) {
            return problem("must be a mapping of fields");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
            Node value = new Node(tuple.getValueNode(), path.isEmpty() ? name : path + "." + name, problems);
            if (!(tuple.getKeyNode() instanceof ScalarNode)) {
                problems.add(line(), path, "a field name must be text");
            } else if (!known.contains(name)) {
                value.problem("is not a field here; the fields are " + String.join(", ", known));
            } else if (fields.putIfAbsent(name, value) != null) {
                value.problem("is given twice");
            }
        }
        return Optional.of(new Fields(this, fields));
    }

    /** The named fields of one mapping. */
    record Fields(Node owner, Map<String, Node> byName) {

        Optional<Node> optional(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        Optional<Node> required(String name) {
            Node field = byName.get(name);
            if (field == null) {
                return owner.problem("needs the field '" + name + "'");
            }
            return Optional.of(field);
        }

        Optional<String> text(String name) {
            return required(name).flatMap(Node::text);
        }

        List<String> texts(String name) {
            return optional(name)
                    .map(field -> field.items().stream()
                            .map(Node::text)
                            .flatMap(Optional::stream)
                            .toList())
                    .orElse(List.of());
        }

        boolean has(String name) {
            return byName.containsKey(name);
        }
    }
}
