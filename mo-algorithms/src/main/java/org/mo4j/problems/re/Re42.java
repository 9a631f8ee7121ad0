package org.mo4j.problems.re;

/**
 * RE42 (RE4-6-2), the conceptual marine (bulk carrier) design problem (Parsons and Scott 2004): 6
 * continuous variables, 4 objectives.
 *
 * <p>x = (L, B, D, T, V_k, C_B): length ∈ [150, 274.32], beam ∈ [20, 32.31], depth ∈ [13, 25],
 * draft ∈ [10, 11.71], speed in knots ∈ [14, 18] and block coefficient ∈ [0.63, 0.75]. The
 * objectives follow the reference's chain of ship-design formulas (displacement, power, steel,
 * outfit and machinery weights, dead weight DWT, costs and round trips per year; see
 * {@link #objectives}):
 * <ul>
 * <li>f₁ = annual costs / annual cargo, the transportation cost;
 * <li>f₂ = the light ship weight;
 * <li>f₃ = −(annual cargo), the annual cargo to maximise, negated;
 * <li>f₄ = the total violation of nine constraints, in the reference's orientation: L/B ≥ 6,
 * L/D ≤ 15, L/T ≤ 19,
 * T ≤ 0.45·DWT^0.31, T ≤ 0.7D + 0.7, 3000 ≤ DWT ≤ 500000, Froude number ≤ 0.32 and the
 * stability condition KB + BMT − KG ≥ 0.07B.
 * </ul>
 * The DWT bound is 500000, the reference's fix of May 2021 (it was 50000 before, as in the
 * published paper's first code and in some ports). As in the reference the number of sea days is
 * (5000/24)·V_k.
 *
 * <p>Ideal and nadir points: reference repository, {@code ideal_nadir_points/ideal_point_RE42.dat}
 * and {@code nadir_point_RE42.dat} at commit 28845742 (the data recomputed after the 2021 fix).
 */
public final class Re42 extends RealWorldProblem {

    /** RE42 as the suite defines it. */
    public Re42() {
        super(
                "RE42",
                new double[] {150.0, 20.0, 13.0, 10.0, 14.0, 0.63},
                new double[] {274.32, 32.31, 25.0, 11.71, 18.0, 0.75},
                new double[] {-2756.2590400638524, 3962.557843228888, 1947.880856925791, 0.0},
                new double[] {-1010.5229595219643, 13827.138456300128, 2611.9668107424536, 12.437669929732023});
    }

    @Override
    double[] objectives(double[] x) {
        double xL = x[0];
        double xB = x[1];
        double xD = x[2];
        double xT = x[3];
        double xVk = x[4];
        double xCb = x[5];
        double displacement = 1.025 * xL * xB * xT * xCb;
        double v = 0.5144 * xVk;
        double gravity = 9.8065;
        double froude = v / Math.pow(gravity * xL, 0.5);
        double a = (4977.06 * xCb * xCb) - (8105.61 * xCb) + 4456.51;
        double b = (-10847.2 * xCb * xCb) + (12817.0 * xCb) - 6960.32;
        double power = (Math.pow(displacement, 2.0 / 3.0) * Math.pow(xVk, 3.0)) / (a + (b * froude));
        double outfitWeight = 1.0 * Math.pow(xL, 0.8) * Math.pow(xB, 0.6) * Math.pow(xD, 0.3) * Math.pow(xCb, 0.1);
        double steelWeight = 0.034 * Math.pow(xL, 1.7) * Math.pow(xB, 0.7) * Math.pow(xD, 0.4) * Math.pow(xCb, 0.5);
        double machineryWeight = 0.17 * Math.pow(power, 0.9);
        double lightShipWeight = steelWeight + outfitWeight + machineryWeight;
        double shipCost = 1.3
                * ((2000.0 * Math.pow(steelWeight, 0.85)) + (3500.0 * outfitWeight) + (2400.0 * Math.pow(power, 0.8)));
        double capitalCosts = 0.2 * shipCost;
        double dwt = displacement - lightShipWeight;
        double runningCosts = 40000.0 * Math.pow(dwt, 0.3);
        double roundTripMiles = 5000.0;
        double seaDays = (roundTripMiles / 24.0) * xVk;
        double handlingRate = 8000.0;
        double dailyConsumption = ((0.19 * power * 24.0) / 1000.0) + 0.2;
        double fuelPrice = 100.0;
        double fuelCost = 1.05 * dailyConsumption * seaDays * fuelPrice;
        double portCost = 6.3 * Math.pow(dwt, 0.8);
        double fuelCarried = dailyConsumption * (seaDays + 5.0);
        double miscellaneousDwt = 2.0 * Math.pow(dwt, 0.5);
        double cargoDwt = dwt - fuelCarried - miscellaneousDwt;
        double portDays = 2.0 * ((cargoDwt / handlingRate) + 0.5);
        double roundTripsPerYear = 350.0 / (seaDays + portDays);
        double voyageCosts = (fuelCost + portCost) * roundTripsPerYear;
        double annualCosts = capitalCosts + runningCosts + voyageCosts;
        double annualCargo = cargoDwt * roundTripsPerYear;

        double kb = 0.53 * xT;
        double bmt = ((0.085 * xCb - 0.002) * xB * xB) / (xT * xCb);
        double kg = 1.0 + 0.52 * xD;
        double f4 = violation(
                (xL / xB) - 6.0,
                -(xL / xD) + 15.0,
                -(xL / xT) + 19.0,
                0.45 * Math.pow(dwt, 0.31) - xT,
                0.7 * xD + 0.7 - xT,
                500000.0 - dwt,
                dwt - 3000.0,
                0.32 - froude,
                (kb + bmt - kg) - (0.07 * xB));
        return new double[] {annualCosts / annualCargo, lightShipWeight, -annualCargo, f4};
    }
}
