// mo4j: an experiment campaign (three algorithms on ZDT1 and DTLZ2), its table, statistics and plots.
// Run it from the repository root:   ./mo4j notebook examples/experiment.jsh
// The same from the command line, at full size:  ./mo4j campaign mo-benchmarks/campaigns/acceptance.yaml
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mo4j.lab.AlgorithmSetup;
import org.mo4j.lab.Campaign;
import org.mo4j.lab.CampaignListener;
import org.mo4j.lab.CampaignOutcome;
import org.mo4j.lab.CampaignStatistics;
import org.mo4j.lab.Indicator;
import org.mo4j.lab.LocalEngine;
import org.mo4j.lab.Report;
import org.mo4j.lab.ResultsTable;
import org.mo4j.lab.RunRecord;
import org.mo4j.lab.RunStore;

// 1. The campaign: algorithms by registry name (with settings where wanted), problems by name,
//    seeds, a budget, indicators and checkpoints. Small here so the notebook runs in seconds; the
//    acceptance campaign is 11 seeds at 25,000 evaluations.
Campaign campaign = Campaign.builder("notebook").
        algorithm("nsga2").
        algorithm(new AlgorithmSetup("nsga3", "nsga3", Map.of("divisions", "12"))).
        algorithm(new AlgorithmSetup("smsemoa", "smsemoa", Map.of("population", "50"))).
        problems("zdt1", "dtlz2:3").seeds(5).evaluations(3_000).checkpoints(5).
        build();
System.out.println(campaign.size() + " runs: " + campaign.labels() + " x " + campaign.problems() + " x seeds " + campaign.seeds());

// 2. Run it on two threads into a results folder. Each run is single-threaded and seeded, so the
//    records are the same on any number of threads; each is stored as soon as its run ends.
Path dir = Path.of("target", "notebooks", "experiment");
if (Files.exists(dir)) { try (var s = Files.walk(dir)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); } }
RunStore store = RunStore.create(dir, campaign);
CampaignOutcome outcome = new LocalEngine(2).run(store, CampaignListener.NONE);
System.out.printf("ran %d runs (%d failed) in %.1f s; runner overhead %.1f%%%n", outcome.ran(), outcome.failed(), outcome.wallSeconds(), 100 * outcome.overhead());
if (outcome.ran() != 30 || outcome.failed() != 0) throw new AssertionError("expected 30 finished runs: " + outcome);

// 3. Running it again runs nothing: every run has its record.
CampaignOutcome again = new LocalEngine(2).run(store, CampaignListener.NONE);
if (again.ran() != 0 || again.skipped() != 30) throw new AssertionError("a rerun redid runs: " + again);

// 4. The statistics by hand, from the records: final hypervolume on ZDT1, NSGA-II against SMS-EMOA.
double[] hvOf(String label, String problem) {
    return store.records().stream().
            filter(r -> r.id().algorithm().equals(label) && r.id().problem().equals(problem)).
            mapToDouble(r -> r.last().value(Indicator.HV)).toArray();
}
double[] nsga2 = hvOf("nsga2", "zdt1");
double[] sms = hvOf("smsemoa", "zdt1");
System.out.printf("ZDT1 hv: NSGA-II median %.4f (IQR %.4f), SMS-EMOA median %.4f (IQR %.4f); rank-sum p %.4f, A12 %.2f (%s)%n",
        CampaignStatistics.median(nsga2), CampaignStatistics.iqr(nsga2), CampaignStatistics.median(sms), CampaignStatistics.iqr(sms),
        CampaignStatistics.rankSumPValue(sms, nsga2), CampaignStatistics.a12(sms, nsga2), CampaignStatistics.a12Magnitude(CampaignStatistics.a12(sms, nsga2)));

// 5. The report: results.csv, report.md, a self-contained report.html and the PNGs.
Report.Written written = Report.write(store, true);
if (ResultsTable.read(written.csv()).size() != 30 * 5 * 4) throw new AssertionError("results.csv rows");
String md = Files.readString(written.markdown());
System.out.println(md.substring(md.indexOf("## hv"), md.indexOf("A12 against")));
System.out.println("report: " + written.html().toAbsolutePath() + " (" + written.plots().size() + " plots)");
if (written.plots().size() != 7) throw new AssertionError("expected 7 plots, got " + written.plots());
System.out.println("notebook finished");
/exit
