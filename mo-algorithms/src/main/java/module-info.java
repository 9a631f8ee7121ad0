/**
 * mo4j's algorithms and benchmark problems: NSGA-II, NSGA-III, SMS-EMOA, MOEA/D, MOEA/D-DE, SPEA2,
 * IBEA, SMPSO, GDE3, ε-MOEA, RVEA and AGE-MOEA on one builder and template, their variation
 * operators, the {@link org.mo4j.algorithms.registry.Algorithms algorithm
 * registry}, and the ZDT, DTLZ, WFG, C-DTLZ, CTP, RE, PSL (VLMOP2, F2), UF (CEC 2009), LZ09 and
 * MaF (MaF1–8, 10–15) problem suites with the {@link org.mo4j.problems.Problems problem registry}, and the
 * small neural networks of {@link org.mo4j.nn} (MLPs with gradient-checked backpropagation, policy
 * heads, Adam) that C-MORL and SVH-PSL share.
 */
module org.mo4j.algorithms {
    requires transitive org.mo4j.core;
    // EJML's jars have no descriptor and no Automatic-Module-Name: these are the names derived from
    // the jar files (jar --describe-module). org.mo4j.nn's API uses only double[], so neither is
    // transitive.
    requires ejml.core;
    requires ejml.ddense;

    exports org.mo4j.algorithms;
    exports org.mo4j.algorithms.operators;
    exports org.mo4j.algorithms.pareto;
    exports org.mo4j.algorithms.registry;
    exports org.mo4j.algorithms.nsga2;
    exports org.mo4j.algorithms.nsga3;
    exports org.mo4j.algorithms.smsemoa;
    exports org.mo4j.algorithms.moead;
    exports org.mo4j.algorithms.spea2;
    exports org.mo4j.algorithms.ibea;
    exports org.mo4j.algorithms.smpso;
    exports org.mo4j.algorithms.gde3;
    exports org.mo4j.algorithms.emoea;
    exports org.mo4j.algorithms.rvea;
    exports org.mo4j.algorithms.agemoea;
    exports org.mo4j.morl;
    exports org.mo4j.morl.cmorl;
    exports org.mo4j.morl.pgmorl;
    exports org.mo4j.morl.ppo;
    exports org.mo4j.nn;
    exports org.mo4j.problems;
    exports org.mo4j.problems.zdt;
    exports org.mo4j.problems.dtlz;
    exports org.mo4j.problems.wfg;
    exports org.mo4j.problems.cdtlz;
    exports org.mo4j.problems.ctp;
    exports org.mo4j.problems.re;
    exports org.mo4j.problems.psl;
    exports org.mo4j.problems.uf;
    exports org.mo4j.problems.lz09;
    exports org.mo4j.problems.maf;
    exports org.mo4j.morl.env;
    // org.mo4j.problems.internal (front sampling, the DTLZ base): shared by the suites, not API.
    // org.mo4j.algorithms.internal (RunContext, Population, Offspring, ConstrainedSorting, Indices,
    // WeightSets, Tasks): the run bookkeeping of mo4j's own algorithms, exported to no one.

    uses org.mo4j.algorithms.registry.AlgorithmProvider;
    uses org.mo4j.morl.MorlAlgorithmProvider;

    provides org.mo4j.algorithms.registry.AlgorithmProvider with
            org.mo4j.algorithms.nsga2.Nsga2Provider,
            org.mo4j.algorithms.nsga3.Nsga3Provider,
            org.mo4j.algorithms.smsemoa.SmsEmoaProvider,
            org.mo4j.algorithms.moead.MoeadProvider,
            org.mo4j.algorithms.moead.MoeadDeProvider,
            org.mo4j.algorithms.spea2.Spea2Provider,
            org.mo4j.algorithms.ibea.IbeaProvider,
            org.mo4j.algorithms.smpso.SmpsoProvider,
            org.mo4j.algorithms.gde3.Gde3Provider,
            org.mo4j.algorithms.emoea.EpsilonMoeaProvider,
            org.mo4j.algorithms.rvea.RveaProvider,
            org.mo4j.algorithms.agemoea.AgeMoeaProvider;
    provides org.mo4j.morl.MorlAlgorithmProvider with
            org.mo4j.morl.cmorl.CmorlProvider,
            org.mo4j.morl.cmorl.CmorlProvider.Scalarised,
            org.mo4j.morl.pgmorl.PgmorlProvider;
}
