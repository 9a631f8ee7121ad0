package org.mo4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors of the published jars: what they export (no internal package to the
 * world), and that the command line runs from the module path, where algorithms are found through
 * the descriptors' {@code provides} clauses rather than {@code META-INF/services}.
 */
class ModulePathTest {

    private static final Set<String> MO4J =
            Set.of("org.mo4j.core", "org.mo4j.algorithms", "org.mo4j.surrogates", "org.mo4j.lab", "org.mo4j.cli");

    @TempDir
    Path dir;

    private static List<Path> modulePath() throws Exception {
        return java.util.Arrays.stream(NotebookRunner.classPath().split(java.io.File.pathSeparator))
                .map(Path::of)
                .toList();
    }

    private static List<ModuleDescriptor> mo4jModules() throws Exception {
        List<ModuleDescriptor> out = new ArrayList<>();
        for (ModuleReference r :
                ModuleFinder.of(modulePath().toArray(Path[]::new)).findAll()) {
            if (MO4J.contains(r.descriptor().name())) {
                out.add(r.descriptor());
            }
        }
        return out;
    }

    @Test
    void everyPublishedModuleIsNamedAndExportsNoInternalPackageToTheWorld() throws Exception {
        List<ModuleDescriptor> modules = mo4jModules();
        assertEquals(MO4J, modules.stream().map(ModuleDescriptor::name).collect(Collectors.toSet()));
        for (ModuleDescriptor m : modules) {
            assertFalse(m.isAutomatic(), m.name() + " must have a module-info, not an automatic name");
            for (ModuleDescriptor.Exports e : m.exports()) {
                boolean helper = e.source().contains(".internal");
                if (helper) {
                    assertTrue(e.isQualified(), m.name() + " exports " + e.source() + " to everyone");
                    assertTrue(
                            MO4J.containsAll(e.targets()), m.name() + " exports " + e.source() + " to " + e.targets());
                }
            }
            Set<String> internal = new TreeSet<>();
            m.packages().stream().filter(p -> p.contains(".internal")).forEach(internal::add);
            for (String p : internal) {
                assertTrue(m.exports().stream().noneMatch(e -> e.source().equals(p) && !e.isQualified()), p);
            }
        }
    }

    @Test
    void theAlgorithmProvidersAreDeclaredInTheDescriptor() throws Exception {
        ModuleDescriptor algorithms = mo4jModules().stream()
                .filter(m -> m.name().equals("org.mo4j.algorithms"))
                .findFirst()
                .orElseThrow();
        ModuleDescriptor.Provides p = algorithms.provides().stream()
                .filter(x -> x.service().equals("org.mo4j.algorithms.registry.AlgorithmProvider"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "org.mo4j.algorithms.nsga2.Nsga2Provider",
                        "org.mo4j.algorithms.nsga3.Nsga3Provider",
                        "org.mo4j.algorithms.smsemoa.SmsEmoaProvider",
                        "org.mo4j.algorithms.moead.MoeadProvider",
                        "org.mo4j.algorithms.moead.MoeadDeProvider",
                        "org.mo4j.algorithms.spea2.Spea2Provider",
                        "org.mo4j.algorithms.ibea.IbeaProvider",
                        "org.mo4j.algorithms.smpso.SmpsoProvider",
                        "org.mo4j.algorithms.gde3.Gde3Provider",
                        "org.mo4j.algorithms.emoea.EpsilonMoeaProvider",
                        "org.mo4j.algorithms.rvea.RveaProvider",
                        "org.mo4j.algorithms.agemoea.AgeMoeaProvider"),
                p.providers());
        ModuleDescriptor surrogates = mo4jModules().stream()
                .filter(m -> m.name().equals("org.mo4j.surrogates"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("org.mo4j.surrogates.psl.SvhPslProvider", "org.mo4j.surrogates.psl.PslMoboProvider"),
                surrogates.provides().stream()
                        .filter(x -> x.service().equals("org.mo4j.algorithms.registry.AlgorithmProvider"))
                        .findFirst()
                        .orElseThrow()
                        .providers());
        ModuleDescriptor.Provides morl = algorithms.provides().stream()
                .filter(x -> x.service().equals("org.mo4j.morl.MorlAlgorithmProvider"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "org.mo4j.morl.cmorl.CmorlProvider",
                        "org.mo4j.morl.cmorl.CmorlProvider$Scalarised",
                        "org.mo4j.morl.pgmorl.PgmorlProvider"),
                morl.providers());
    }

    @Test
    void theCommandLineRunsFromTheModulePath() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> base = List.of(
                java,
                "-Djava.awt.headless=true",
                "--module-path",
                NotebookRunner.classPath(),
                "-m",
                "org.mo4j.cli/org.mo4j.cli.Mo4j");
        NotebookRunner.Result list = NotebookRunner.run(with(base, "list", "algorithms"), dir, Map.of(), 60);
        assertEquals(0, list.exitCode(), list.output());
        for (String name : List.of(
                "nsga2 (NSGA-II)",
                "nsga3 (NSGA-III)",
                "smsemoa (SMS-EMOA)",
                "moead (MOEA/D)",
                "moead-de (MOEA/D-DE)",
                "spea2 (SPEA2)",
                "ibea (IBEA)",
                "smpso (SMPSO)",
                "gde3 (GDE3)",
                "emoea (epsilon-MOEA)",
                "rvea (RVEA)",
                "agemoea (AGE-MOEA)")) {
            assertTrue(list.output().contains(name), list.output());
        }
        NotebookRunner.Result run = NotebookRunner.run(
                with(
                        base,
                        "run",
                        "--algorithm",
                        "nsga2",
                        "--problem",
                        "zdt1",
                        "--evaluations",
                        "1000",
                        "--quiet",
                        "--plot",
                        dir.resolve("f.png").toString()),
                dir,
                Map.of(),
                60);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("hv ratio: "), run.output());
        assertTrue(dir.resolve("f.png").toFile().length() > 0, run.output());
    }

    private static List<String> with(List<String> base, String... args) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(args));
        return out;
    }
}
