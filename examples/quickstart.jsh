// mo4j quick start: exact hypervolume and non-dominated sorting, on data made right here.
// Run it from the repository root:   ./mo4j notebook examples/quickstart.jsh
import java.util.Arrays;
import java.util.SplittableRandom;
import org.mo4j.core.hypervolume.Hypervolume;
import org.mo4j.core.sorting.NonDominatedSorting;
import org.mo4j.core.sorting.CrowdingDistance;

// 1. A front: 200 points on the positive unit sphere, a concave three-objective front
//    (the shape of DTLZ2's). Seeded, so every run prints the same numbers.
var rng = new SplittableRandom(2026);
int n = 200, d = 3;
double[][] front = new double[n][d];
for (int i = 0; i < n; i++) {
    double norm = 0;
    for (int j = 0; j < d; j++) { front[i][j] = Math.abs(rng.nextGaussian()); norm += front[i][j] * front[i][j]; }
    for (int j = 0; j < d; j++) front[i][j] /= Math.sqrt(norm);
}

// 2. Its exact hypervolume against the reference point (1.1, 1.1, 1.1). The whole continuous
//    front would dominate 1.1^3 - pi/6 (the box minus the sphere's octant); 200 points get close.
double[] ref = {1.1, 1.1, 1.1};
double hv = Hypervolume.of(front, ref);
double continuous = Math.pow(1.1, 3) - Math.PI / 6;
System.out.printf("hypervolume of %d points on the sphere: %.10f  (continuous front: %.10f, %.2f%%)%n",
        n, hv, continuous, 100 * hv / continuous);
if (!(hv > 0 && hv < continuous)) throw new AssertionError("hypervolume out of range: " + hv);

// Which points matter most? Their exclusive contributions:
double[] contributions = Hypervolume.contributions(front, ref);
int best = 0;
for (int i = 1; i < n; i++) if (contributions[i] > contributions[best]) best = i;
System.out.printf("largest exclusive contribution: point %d %s adds %.3e%n",
        best, Arrays.toString(front[best]), contributions[best]);

// 3. A random population of 500 points in the unit cube, sorted into non-domination fronts.
double[][] population = new double[500][d];
for (double[] p : population) for (int j = 0; j < d; j++) p[j] = rng.nextDouble();
int[] ranks = NonDominatedSorting.ranks(population);
int[][] fronts = NonDominatedSorting.fronts(population);
System.out.printf("500 random points form %d fronts; sizes of the first five: %s%n", fronts.length,
        Arrays.toString(Arrays.stream(fronts).limit(5).mapToInt(f -> f.length).toArray()));
System.out.println("ranks of the first ten points: " + Arrays.toString(Arrays.copyOf(ranks, 10)));

// Crowding distance within the first front, as NSGA-II uses it to keep a spread-out population.
double[] crowding = CrowdingDistance.of(population, fronts[0]);
System.out.println("crowding distances of the first front: "
        + Arrays.stream(crowding).limit(6).mapToObj(c -> String.format("%.3f", c)).toList() + " ...");

System.out.println("notebook finished");
/exit
