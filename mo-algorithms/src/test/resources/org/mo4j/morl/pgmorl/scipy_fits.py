"""Reference fits for PredictionModelScipyTest: PGMORL's hyperbolic model fitted by scipy, as the
authors' morl/population_2d.py:predict_hyperbolic calls it (least_squares, loss soft_l1, f_scale 20,
their analytic Jacobian, bounds [0, 0.1, -5, -500] .. [A_upper, 20, 5, 500], start (1, 1, 1, 1)).

    python3 scipy_fits.py > scipy-fits.txt

Cases are seeded (numpy default_rng(20261203)) and shaped like PGMORL's data: x a weight in [0, 1]
(repeats allowed), y the change of one objective after training (a hyperbolic trend of scale 1 to
300 with noise and occasional outliers), w a Gaussian kernel weight in (0, 1]. Each case is three
lines after its header: x, y, w; then the scipy parameters and its status.
"""
import sys

import numpy as np
import scipy
from scipy.optimize import least_squares


def fit(x, y, w):
    def fun(p):
        e = np.exp(p[1] * (x - p[2]))
        return (p[0] * (e - 1.0) / (e + 1.0) + p[3] - y) * w

    def jac(p):
        A, a, b = p[0], p[1], p[2]
        e = np.exp(a * (x - b))
        J = np.zeros([4, len(x)])
        J[0] = ((e - 1) / (e + 1)) * w
        J[1] = (A * (x - b) * (2.0 * e) / ((e + 1) ** 2)) * w
        J[2] = (A * (-a) * (2.0 * e) / ((e + 1) ** 2)) * w
        J[3] = w
        return J.T

    upper_a = float(np.clip(np.max(y) - np.min(y), 1.0, 500.0))
    res = least_squares(fun, np.ones(4), loss="soft_l1", f_scale=20.0, jac=jac,
                        bounds=([0, 0.1, -5.0, -500.0], [upper_a, 20.0, 5.0, 500.0]))
    return upper_a, res


def main():
    rng = np.random.default_rng(20261203)
    cases = 60
    out = sys.stdout
    out.write("# scipy %s, numpy %s; python3 scipy_fits.py\n" % (scipy.__version__, np.__version__))
    out.write("cases %d\n" % cases)
    for k in range(cases):
        n = int(rng.integers(4, 31))
        x = rng.choice(np.linspace(0, 1, 21), size=n)  # weights on a grid, repeats allowed
        scale = float(rng.choice([1.0, 5.0, 30.0, 300.0]))
        truth = [scale * rng.uniform(0.2, 1.0), rng.uniform(0.5, 15), rng.uniform(-0.2, 1.2),
                 scale * rng.uniform(-0.5, 0.5)]
        e = np.exp(truth[1] * (x - truth[2]))
        y = truth[0] * (e - 1) / (e + 1) + truth[3]
        y = y + rng.normal(0, 0.05 * scale, size=n)
        outliers = rng.random(n) < 0.1
        y[outliers] += rng.normal(0, 2 * scale, size=int(outliers.sum()))
        w = np.exp(-(rng.uniform(0, 2.5, size=n) ** 2) / 2.0)
        upper_a, res = fit(x, y, w)
        out.write("case %d n %d upperA %r\n" % (k, n, upper_a))
        out.write(" ".join(repr(float(v)) for v in x) + "\n")
        out.write(" ".join(repr(float(v)) for v in y) + "\n")
        out.write(" ".join(repr(float(v)) for v in w) + "\n")
        out.write("scipy " + " ".join(repr(float(v)) for v in res.x) + " status %d\n" % res.status)


if __name__ == "__main__":
    main()
