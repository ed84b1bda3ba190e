package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The own minimisers. {@link Optimizer#brent} is documented as the algorithm of R's {@code optimize} (Brent's fmin),
 * so its whole sequence of evaluation points must be R's: the references were recorded with R 4.x,
 * {@code optimize(g, c(lo, hi), tol = tol)} (with the same arithmetic, e.g. {@code x*x*x*x}, not {@code x^4}) where {@code g} appends its argument to a vector (the last evaluation,
 * which {@code optimize} adds for {@code $objective}, dropped), printed with {@code %.17g}. {@link Optimizer#box} is
 * checked on functions with known minima: unconstrained, on a bound, outside the box, undefined regions, and its
 * flags and budget.
 */
class OptimizerTest {

  private static List<Double> brentTrace(DoubleUnaryOperator f, double lo, double hi, double tol, double[] out) {
    List<Double> xs = new ArrayList<>();
    double[] r = Optimizer.brent(x -> {
      xs.add(x);
      return f.applyAsDouble(x);
    }, lo, hi, tol);
    out[0] = r[0];
    out[1] = r[1];
    return xs;
  }

  private static void sameTrace(List<Double> actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i)).as("evaluation %d", i).isCloseTo(expected[i], within(1e-12 * Math.max(1, Math.abs(expected[i]))));
    }
  }

  @Test
  void brentOnAParabolaTakesRsParabolicSteps() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(x -> (x - 2) * (x - 2), 0, 10, 1e-10, r);
    sameTrace(xs, 3.819660112501051, 6.1803398874989472, 2.3606797749978972, 2, 1.9999999701643443, 2.0000000298356557);
    assertThat(r[0]).isEqualTo(2.0);
    assertThat(r[1]).isEqualTo(0.0);
  }

  @Test
  void brentOnAKinkMixesGoldenAndParabolicStepsAsR() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(x -> Math.abs(x - 1.0 / 3), 0, 1, 1e-8, r);
    sameTrace(xs, 0.3819660112501051, 0.61803398874989479, 0.23606797749978969, 0.35676274578121059,
        0.32410384041012502, 0.31817751544118011, 0.33458693259806505, 0.34305733950585865, 0.3334401697847526,
        0.33136244125650971, 0.33316373073089189, 0.3334336240972034, 0.33332692064086167, 0.33326458764187428,
        0.33334071534550919, 0.3333313189427432, 0.33333350953669239, 0.33333626191074395, 0.33333354188853465,
        0.33333292136462561, 0.33333328487495412, 0.33333322782234814, 0.33333334614607979, 0.33333340855574034,
        0.33333333784569252, 0.33333332525173981);
    assertThat(r[0]).isCloseTo(0.33333333784569252, within(1e-16));
    assertThat(r[1]).isCloseTo(4.512359208508343e-09, within(1e-20));
  }

  @Test
  void brentWalksToTheLowerEndAsR() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(x -> x, 0, 1, 1e-6, r);
    sameTrace(xs, 0.3819660112501051, 0.61803398874989479, 0.23606797749978969, 0.14589803375031546,
        0.090169943749474249, 0.055728090000841224, 0.034441853748633039, 0.021286236252208199, 0.013155617496424847,
        0.0081306187557833552, 0.0050249987406414945, 0.0031056200151418616, 0.0019193787254996337,
        0.0011862412896422284, 0.00073313743585740575, 0.00045310385378482268, 0.00028003358207258312,
        0.00017307027171223962, 0.00010696331036034356, 6.6106961351896086e-05, 4.0856349008447484e-05,
        2.5250612343448612e-05, 1.5605736664998876e-05, 9.6448756784497379e-06, 5.9608609865491405e-06,
        3.6840146919005987e-06, 2.2768462946485422e-06, 1.407168397252057e-06, 8.6967789739648541e-07,
        5.3634455110394152e-07);
    assertThat(r[0]).isEqualTo(r[1]).isBetween(0.0, 1e-6);
  }

  @Test
  void brentWalksToTheUpperEndAsR() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(x -> -x, 0, 1, 1e-6, r);
    sameTrace(xs, 0.3819660112501051, 0.61803398874989479, 0.76393202250021019, 0.85410196624968449,
        0.90983005625052571, 0.94427190999915878, 0.96555814625136693, 0.97871376374779173, 0.98684438250357509,
        0.99186938124421664, 0.99497500125935845, 0.99689437998485808, 0.99808062127450037, 0.99881375871035782,
        0.99926686256414265, 0.99954689614621517, 0.99971996641792737, 0.99982692972828768, 0.99989303668963958,
        0.9999338930386481, 0.99995914365099159, 0.99997474938765663, 0.99998439426333507, 0.99999035512432155,
        0.99999403913901341, 0.99999631598530803, 0.99999772315370528, 0.99999859283160275, 0.99999913032210264,
        0.99999947855658422);
    assertThat(r[0]).isCloseTo(0.99999947855658422, within(1e-16));
    assertThat(r[1]).isEqualTo(-r[0]);
  }

  @Test
  void brentOnAQuarticFindsTheGlobalMinimumAsR() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(x -> x * x * x * x - 3 * x * x + x, -2, 2, 1e-9, r);
    sameTrace(xs, -0.47213595499957961, 0.47213595499957917, -1.0557280900008412, -1.4164078649987382,
        -1.352731872565573, -1.2877188358168574, -1.3021207138607118, -1.3006149023453668, -1.300834385839432,
        -1.3008394593244113, -1.3008395663722767, -1.3008395466549234, -1.30083958608963);
    assertThat(r[0]).isCloseTo(-1.3008395663722767, within(1e-15));
    assertThat(r[1]).isCloseTo(-3.5139050389347881, within(1e-14));
  }

  @Test
  void brentOnACosineAsR() {
    double[] r = new double[2];
    List<Double> xs = brentTrace(Math::cos, 0, 6, 1e-7, r);
    sameTrace(xs, 2.2917960675006306, 3.7082039324993685, 4.5835921350012612, 3.1568852763829467,
        3.1357954363956386, 3.1414613799380087, 3.1415926891518526, 3.1415926090051403, 3.141592769298565);
    assertThat(r[0]).isCloseTo(Math.PI, within(1e-7));
    assertThat(r[1]).isCloseTo(-1, within(1e-14));
  }

  @Test
  void brentOnAStepAndOnAConstantAsR() {
    double[] r = new double[2];
    List<Double> step = brentTrace(x -> x < 0.7 ? 1 : 0, 0, 1, 1e-5, r);
    sameTrace(step, 0.3819660112501051, 0.61803398874989479, 0.76393202250021019, 0.85410196624968449,
        0.80901699437494734, 0.79179606750063081, 0.78115294937452673, 0.77457514062631427, 0.77050983124842265,
        0.76799733187810193, 0.76644452187053103, 0.76548483250778121, 0.76489171186296001, 0.76452514314503128,
        0.76429859121813892, 0.76415857442710267, 0.76407203929124656, 0.76401855763606641, 0.76398550415539046,
        0.76396507598088625, 0.76395245067471451, 0.76394464780638194, 0.76393982536854266, 0.7639364806516189);
    assertThat(r[1]).isZero();
    List<Double> flat = brentTrace(x -> 0, 0, 1, 1e-5, r);
    sameTrace(flat, 0.3819660112501051, 0.61803398874989479, 0.76393202250021019, 0.85410196624968449,
        0.90983005625052571, 0.94427190999915878, 0.96555814625136693, 0.97871376374779173, 0.98684438250357509,
        0.99186938124421664, 0.99497500125935845, 0.99689437998485808, 0.99808062127450037, 0.99881375871035782,
        0.99926686256414265, 0.99954689614621517, 0.99971996641792737, 0.99982692972828768, 0.99989303668963958,
        0.9999338930386481, 0.99995914365099159, 0.99997474938765663, 0.99998439426333507, 0.99999035512432155,
        0.99999403913901341);
    assertThat(r[0]).isCloseTo(0.99999403913901341, within(1e-16));
  }

  @Test
  void brentOnMoreFunctionsAsR() {
    double[] r = new double[2];
    // Forsythe, Malcolm and Moler's example with R's default tolerance
    sameTrace(brentTrace(x -> x * x * x - 2 * x - 5, 0, 2, 1.2e-4, r), 0.76393202250021019, 1.2360679774997896,
        0.47213595499957939, 0.78647450843757882, 0.82391735975149227, 0.81669984718501298, 0.81644973860224457,
        0.81649681520482364, 0.81653682737157429);
    assertThat(r[0]).isCloseTo(Math.sqrt(2.0 / 3), within(1e-4));
    sameTrace(brentTrace(x -> 1 / x + x, 0.1, 5, 1e-10, r), 1.9716334551255152, 3.1283665448744848, 1.2567330897489697,
        0.81490036537654587, 1.0120464642133293, 1.0236153668515817, 1.0031845838409701, 0.99980052214081538,
        0.99998234146707365, 1.0000003439777587, 0.99999999828002994, 1.0000000132145244, 1.0000000281490191);
    assertThat(r[1]).isCloseTo(2, within(1e-15));
    sameTrace(brentTrace(x -> (x * x - 2) * (x * x - 2) + 0.1 * x, -3, 1, 1e-8, r), -1.4721359549995796, -0.52786404500042083,
        -2.0557280900008412, -1.2121816491451383, -1.5147097455143093, -1.4112703409149006, -1.4215823989275829,
        -1.4202774141986987, -1.4204192838473482, -1.4204225514767312, -1.4204226118205143, -1.4204225873212346,
        -1.420422636319794);
    sameTrace(brentTrace(x -> (x * x - 2) * (x * x - 2) + 0.1 * x, 0.5, 3, 1e-12, r), 1.4549150281252627, 2.0450849718747368,
        1.0901699437494743, 1.3536914597795437, 1.4077489243427712, 1.4070096125876475, 1.4079039426599309,
        1.407921697931154, 1.4079216359426052, 1.4079216149626046, 1.4079216569226058);
    assertThat(r[0]).isCloseTo(1.4079216359426052, within(1e-15));
  }

  @Test
  void brentTreatsNotANumberAsWorseThanAnyValue() {
    // undefined left of 0.5 (the first golden-section point 0.38 falls there); minimum at 0.7
    double[] r = Optimizer.brent(x -> x < 0.5 ? Double.NaN : (x - 0.7) * (x - 0.7), 0, 1, 1e-9);
    assertThat(r[0]).isCloseTo(0.7, within(1e-8));
    assertThat(r[1]).isCloseTo(0, within(1e-15));
  }

  // ---------------------------------------------------------------- box

  /** Records every evaluation and fails the test if one lies outside the box. */
  private static final class Boxed implements Optimizer.Objective {
    final Optimizer.Objective f;
    final double[] lo;
    final double[] hi;
    int evaluations;
    boolean outside;

    Boxed(Optimizer.Objective f, double[] lo, double[] hi) {
      this.f = f;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    public double value(double[] p) {
      evaluations++;
      for (int i = 0; i < p.length; i++) {
        outside |= p[i] < lo[i] || p[i] > hi[i];
      }
      return f.value(p);
    }
  }

  private static double rosenbrock(double[] p) {
    double a = 1 - p[0];
    double b = p[1] - p[0] * p[0];
    return a * a + 100 * b * b;
  }

  @Test
  void boxFindsTheRosenbrockMinimumInside() {
    double[] lo = {-2, -2};
    double[] hi = {2, 2};
    Boxed f = new Boxed(OptimizerTest::rosenbrock, lo, hi);
    Optimizer.Result r = Optimizer.box(f, lo, hi, new double[] {-1.2, 1}, 500);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isCloseTo(1, within(1e-3));
    assertThat(r.point()[1]).isCloseTo(1, within(2e-3));
    assertThat(r.value()).isLessThan(1e-6).isEqualTo(rosenbrock(r.point()));
    assertThat(f.outside).isFalse();
  }

  @Test
  void boxConvergesOnAConvexQuadraticWithinAFewIterations() {
    // f = (x-1)² + 2(y+0.5)² + (x-1)(y+0.5) + 3: minimum 3 at (1, -0.5); quasi-Newton needs far fewer than 50 steps
    Optimizer.Objective q = p -> {
      double a = p[0] - 1;
      double b = p[1] + 0.5;
      return a * a + 2 * b * b + a * b + 3;
    };
    double[] lo = {-10, -10};
    double[] hi = {10, 10};
    Optimizer.Result r = Optimizer.box(q, lo, hi, new double[] {4, 3}, 50);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isCloseTo(1, within(1e-3));
    assertThat(r.point()[1]).isCloseTo(-0.5, within(1e-3));
    assertThat(r.value()).isCloseTo(3, within(1e-8));
  }

  @Test
  void boxStopsOnTheBoundTowardsAnOutsideMinimumAndNeverEvaluatesOutside() {
    // unconstrained minimum (3, 0.5); in [0, 1]² the minimum is (1, 0.5) with the first variable held on its bound
    double[] lo = {0, 0};
    double[] hi = {1, 1};
    Boxed f = new Boxed(p -> (p[0] - 3) * (p[0] - 3) + (p[1] - 0.5) * (p[1] - 0.5), lo, hi);
    Optimizer.Result r = Optimizer.box(f, lo, hi, new double[] {0.2, 0.9}, 100);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isEqualTo(1.0);
    assertThat(r.point()[1]).isCloseTo(0.5, within(1e-4));
    assertThat(r.value()).isCloseTo(4, within(1e-7));
    assertThat(f.outside).isFalse();
  }

  @Test
  void boxHoldsAVariableOnItsLowerBound() {
    // minimum of (x+1)² + (y-2)² over [0, 5]² is (0, 2)
    double[] lo = {0, 0};
    double[] hi = {5, 5};
    Boxed f = new Boxed(p -> (p[0] + 1) * (p[0] + 1) + (p[1] - 2) * (p[1] - 2), lo, hi);
    Optimizer.Result r = Optimizer.box(f, lo, hi, new double[] {3, 4}, 100);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isEqualTo(0.0);
    assertThat(r.point()[1]).isCloseTo(2, within(1e-4));
    assertThat(r.value()).isCloseTo(1, within(1e-7));
    assertThat(f.outside).isFalse();
  }

  @Test
  void boxStartsFromTheStartClippedIntoTheBoxAndDoesNotChangeTheStartArray() {
    double[] lo = {0, 0};
    double[] hi = {1, 1};
    double[] x0 = {7, -3};
    List<double[]> seen = new ArrayList<>();
    Optimizer.Result r = Optimizer.box(p -> {
      seen.add(p.clone());
      return (p[0] - 0.25) * (p[0] - 0.25) + (p[1] - 0.75) * (p[1] - 0.75);
    }, lo, hi, x0, 100);
    assertThat(seen.get(0)).containsExactly(1, 0);
    assertThat(x0).containsExactly(7, -3);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isCloseTo(0.25, within(1e-4));
    assertThat(r.point()[1]).isCloseTo(0.75, within(1e-4));
  }

  @Test
  void boxDifferencesBackwardOnTheUpperBound() {
    // started on the upper bound of a function increasing there: the gradient must come from inside the box
    double[] lo = {0};
    double[] hi = {1};
    Boxed f = new Boxed(p -> (p[0] - 0.5) * (p[0] - 0.5), lo, hi);
    Optimizer.Result r = Optimizer.box(f, lo, hi, new double[] {1}, 100);
    assertThat(f.outside).isFalse();
    assertThat(r.converged()).isTrue();
    assertThat(r.point()[0]).isCloseTo(0.5, within(1e-5));
  }

  @Test
  void boxWithoutAFiniteStartValueGivesUp() {
    List<double[]> seen = new ArrayList<>();
    Optimizer.Result r = Optimizer.box(p -> {
      seen.add(p.clone());
      return Double.NaN;
    }, new double[] {0}, new double[] {1}, new double[] {0.5}, 100);
    assertThat(r.converged()).isFalse();
    assertThat(r.value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.point()).containsExactly(0.5);
    assertThat(seen).hasSize(1);
  }

  @Test
  void boxOnAFlatObjectiveConvergesAtOnce() {
    int[] calls = {0};
    Optimizer.Result r = Optimizer.box(p -> {
      calls[0]++;
      return 2.5;
    }, new double[] {0, 0}, new double[] {1, 1}, new double[] {0.3, 0.6}, 100);
    assertThat(r.converged()).isTrue();
    assertThat(r.point()).containsExactly(0.3, 0.6);
    assertThat(r.value()).isEqualTo(2.5);
    // the start value and one difference per variable
    assertThat(calls[0]).isEqualTo(3);
  }

  @Test
  void boxWithAnUndefinedNeighbourhoodStopsUnconverged() {
    // defined only at x ≤ 0.5: the forward difference from 0.5 is not finite, no direction can be trusted
    Optimizer.Result r = Optimizer.box(p -> p[0] <= 0.5 ? p[0] : Double.NaN, new double[] {0}, new double[] {1},
        new double[] {0.5}, 100);
    assertThat(r.converged()).isFalse();
    assertThat(r.point()).containsExactly(0.5);
    assertThat(r.value()).isEqualTo(0.5);
  }

  @Test
  void boxAvoidsAnUndefinedRegion() {
    // undefined (NaN) left of 0.2, so worse than anything; the minimum of (x-0.1)² on the rest is at its edge
    double[] lo = {0};
    double[] hi = {1};
    Optimizer.Result r = Optimizer.box(p -> p[0] < 0.2 ? Double.NaN : (p[0] - 0.1) * (p[0] - 0.1), lo, hi,
        new double[] {0.9}, 200);
    assertThat(r.value()).isFinite();
    assertThat(r.point()[0]).isGreaterThanOrEqualTo(0.2).isLessThan(0.21);
  }

  @Test
  void boxReportsAnExhaustedIterationBudget() {
    double[] lo = {-2, -2};
    double[] hi = {2, 2};
    Optimizer.Result none = Optimizer.box(OptimizerTest::rosenbrock, lo, hi, new double[] {-1.2, 1}, 0);
    assertThat(none.converged()).isFalse();
    assertThat(none.point()).containsExactly(-1.2, 1);
    assertThat(none.value()).isCloseTo(24.2, within(1e-12));
    Optimizer.Result three = Optimizer.box(OptimizerTest::rosenbrock, lo, hi, new double[] {-1.2, 1}, 3);
    assertThat(three.converged()).isFalse();
    assertThat(three.value()).isLessThan(24.2).isGreaterThan(1e-3);
  }
}
