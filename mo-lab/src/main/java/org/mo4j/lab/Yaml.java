package org.mo4j.lab;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** SnakeYAML Engine, set up once: YAML 1.2 in (so JSON too), block YAML out with rows in flow style. */
final class Yaml {

    private Yaml() {}

    /**
     * The top-level mapping of {@code text}.
     *
     * @throws IllegalArgumentException with the file, line and problem when it does not parse or is
     *                                  not a mapping
     */
    static Map<?, ?> load(String source, String text) {
        Object o;
        try {
            o = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark()
                    .map(m -> "line " + (m.getLine() + 1) + ": ")
                    .orElse("");
            throw new IllegalArgumentException(where + "not valid YAML or JSON: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("not valid YAML or JSON: " + e.getMessage(), e);
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("must be a mapping of keys to values, was "
                    + (o == null ? "empty" : "a " + o.getClass().getSimpleName()));
        }
        return m;
    }

    /** {@code map} as YAML: block style, leaf sequences (front rows) in flow style. */
    static String dump(Map<String, Object> map) {
        DumpSettings s = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.AUTO)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .build();
        return new Dump(s).dumpToString(map);
    }
}
