/**
 * The {@code mo4j} command line ({@link org.mo4j.cli.Mo4j}: run, list, hv, hvc, nds, igd) and PNG
 * plots of fronts ({@link org.mo4j.plot.FrontPlot}).
 */
module org.mo4j.cli {
    requires transitive org.mo4j.surrogates;
    requires org.mo4j.lab;
    requires info.picocli;
    requires transitive org.knowm.xchart;
    requires transitive java.desktop;
    requires me.tongfei.progressbar;

    exports org.mo4j.cli;
    exports org.mo4j.plot;
    // picocli reads and sets the commands' annotated fields reflectively.
    opens org.mo4j.cli to
            info.picocli;

    uses org.mo4j.algorithms.registry.AlgorithmProvider;
}
