/**
 * mo4j's experiment campaigns: registered algorithms × benchmark problems × seeds run on a thread
 * pool into a store that survives a crash, the tidy CSV table, the statistics benchmark papers
 * report (median and IQR, Wilcoxon rank-sum with Holm's correction, Vargha–Delaney A12, Friedman
 * ranks) and a Markdown/HTML/LaTeX report with PNG plots. Algorithms and problems are known only
 * through their registries ({@link org.mo4j.algorithms.registry.Algorithms},
 * {@link org.mo4j.problems.Problems}).
 */
module org.mo4j.lab {
    requires transitive org.mo4j.algorithms;
    requires org.snakeyaml.engine.v2;
    requires org.apache.commons.csv;
    requires org.apache.commons.statistics.inference;
    requires org.apache.commons.statistics.descriptive;
    requires org.apache.commons.statistics.ranking;
    requires org.apache.commons.statistics.distribution;
    requires org.knowm.xchart;
    requires java.desktop;

    exports org.mo4j.lab;

    uses org.mo4j.algorithms.registry.AlgorithmProvider;
    uses org.mo4j.lab.CampaignEngine;
}
