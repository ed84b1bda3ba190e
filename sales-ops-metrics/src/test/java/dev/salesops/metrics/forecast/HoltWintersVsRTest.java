package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holt-Winters against R 4.2.2's {@code stats::HoltWinters} / {@code predict.HoltWinters} on the public
 * AirPassengers and co2 series. The reference numbers were produced by R (printed with 15 digits) and are
 * hard-coded here; the tests do not need R. Agreement required: relative 1e-9 for given parameters (at least
 * 4 significant digits is the bar; the filter is the same arithmetic, so we demand far more).
 */
class HoltWintersVsRTest {
  private static final TimeSeries AP = Datasets.airPassengers();

  private static void close(double actual, double expected, double rel) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * rel + 1e-12));
  }

  private static void coefficients(FittedModel m, double... expected) {
    List<Double> c = List.copyOf(m.coefficients().values());
    assertThat(c).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      close(c.get(i), expected[i], 1e-9);
    }
  }

  @Test
  void additiveWithGivenParametersMatchesR() {
    FittedModel m = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.3, 0.1, 0.2).fit(AP);
    coefficients(m, 495.24769797053483, 3.18251019945850, -23.97243590985727, -31.81090745092503, 8.21209747988329,
        7.47600334048657, 10.18715342088644, 49.79505601603231, 84.28134080849698, 67.35157866538043, -2.41580164463780,
        -42.55722636161654, -77.12046534279462, -39.92122110373605);
    close(m.sse(), 98448.9929976346, 1e-9);
    // fitted(m)[1:3, ]: xhat, level, trend, season (start values of R's decompose + lm)
    FittedModel.State s0 = m.states().get(0);
    assertThat(s0.period()).isEqualTo(YearMonth.of(1950, 1));
    close(s0.xhat(), 110.643162393162, 1e-12);
    close(s0.level(), 124.316919191919, 1e-12);
    close(s0.trend().getAsDouble(), 1.14568764568765, 1e-12);
    close(s0.season().getAsDouble(), -14.81944444444446, 1e-12);
    close(m.states().get(2).xhat(), 138.026552428127, 1e-12);
    close(m.states().get(2).level(), 129.128068958819, 1e-12);
    Forecast f = m.forecast(24, 0.95);
    double[] fit = {474.457772260136, 469.801810918527, 513.007326048794, 515.453742108855, 521.347402388714, 564.137815183318,
        601.806610175241, 588.059358231583, 521.474488121024, 484.515573603503, 453.134844821784, 493.516599260301,
        512.647894653638, 507.991933312029, 551.197448442296, 553.643864502357, 559.537524782216, 602.327937576820,
        639.996732568743, 626.249480625085, 559.664610514526, 522.705695997005, 491.324967215286, 531.706721653803};
    double[] upr = {528.178395614782, 526.371948524847, 572.791887644728, 578.803091060083, 588.594809182207, 635.598360651471,
        677.777144967923, 668.819163483716, 607.286352984268, 575.627081148896, 549.779724363818, 595.916055237766,
        623.700260785983, 625.067155165198, 674.496519475492, 683.358870150531, 695.852481847136, 745.419551709996,
        790.035077223896, 783.398602939354, 724.083070538850, 694.547045952152, 670.738177282794, 718.836558407338};
    for (int h = 0; h < 24; h++) {
      ForecastPoint p = f.points().get(h);
      close(p.mean(), fit[h], 1e-9);
      close(p.upper().getAsDouble(), upr[h], 1e-9);
      close(p.lower().getAsDouble(), 2 * fit[h] - upr[h], 1e-9);
    }
    assertThat(f.points().get(0).period()).isEqualTo(YearMonth.of(1961, 1));
  }

  @Test
  void multiplicativeWithGivenParametersMatchesR() {
    FittedModel m = ExponentialSmoothing.holtWinters(Seasonality.MULTIPLICATIVE).withParameters(0.3, 0.1, 0.2)
        .withIntervals(IntervalFormula.R_COMPATIBLE).fit(AP);
    coefficients(m, 497.505239387070219, 4.053780577593387, 0.908380005024925, 0.887847953546035, 1.020149350584896,
        1.008206931371381, 1.004942585354430, 1.137313809530590, 1.255491973153079, 1.226908367485993, 1.044013961105235,
        0.914884523282162, 0.793408582286050, 0.888021982626832);
    close(m.sse(), 34270.3777195137, 1e-9);
    FittedModel.State s0 = m.states().get(0);
    close(s0.xhat(), 111.081808708867, 1e-12);
    close(s0.season().getAsDouble(), 0.885377815022177, 1e-12);
    close(m.states().get(1).level(), 126.790240495686, 1e-12);
    close(m.states().get(1).trend().getAsDouble(), 1.27845101149556, 1e-12);
    Forecast f = m.forecast(24, 0.95);
    double[] fit = {455.606185075798, 448.907290248123, 519.936031744239, 517.936429449976, 520.333285167548, 593.482102858960,
        660.240257484714, 650.182279556931, 557.492247307486, 492.247254879238, 430.104273972615, 484.993744235526,
        499.794663733128, 492.096979727414, 569.561571227986, 566.981025569036, 569.219085976824, 648.807150439406,
        721.314125197822, 709.865687284149, 608.278689526663, 536.752148213902, 468.699925584221, 528.191899423310};
    double[] upr = {469.500368474084, 466.134727848348, 542.283310196067, 543.482212321834, 549.245811268093, 629.402008074797,
        703.499101551050, 696.416723395195, 600.834207281360, 534.022412335515, 470.023793666248, 531.047402231106,
        553.503523564601, 548.262218454997, 637.342094947796, 638.083097429118, 644.240434062492, 737.860306747621,
        824.427552039883, 815.815909033076, 703.424066347413, 624.680266450908, 549.211005106535, 620.039271097459};
    for (int h = 0; h < 24; h++) {
      close(f.points().get(h).mean(), fit[h], 1e-9);
      close(f.points().get(h).upper().getAsDouble(), upr[h], 1e-9);
    }
  }

  @Test
  void co2AdditiveMatchesR() {
    FittedModel m = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).withParameters(0.5, 0.01, 0.3).fit(Datasets.co2());
    coefficients(m, 364.779114697587090, 0.125122056132825, 0.194737819371346, 0.899494078964816, 1.595589747450069,
        2.825820162171829, 3.227188333045206, 2.380628781670526, 0.754128799309831, -1.457322415019412, -3.398814076493354,
        -3.291926497397279, -1.956946046728783, -0.667955463897829);
    close(m.sse(), 44.80720780201, 1e-9);
  }

  @Test
  void simpleAndHoltMatchR() {
    FittedModel ses = ExponentialSmoothing.simple().withAlpha(0.5).fit(AP);
    close(ses.coefficients().get("a"), 439.25602565701, 1e-11);
    close(ses.sse(), 249095.69748197, 1e-11);
    Forecast sf = ses.forecast(3, 0.95);
    double[] sesUpr = {520.850306268281, 530.481204668007, 539.188202370550};
    for (int h = 0; h < 3; h++) {
      close(sf.points().get(h).upper().getAsDouble(), sesUpr[h], 1e-9);
    }
    FittedModel holt = ExponentialSmoothing.holt().withAlpha(0.5).withBeta(0.2).fit(AP);
    assertThat(holt.coefficients()).containsOnlyKeys("a", "b");
    close(holt.coefficients().get("a"), 438.9871326468049, 1e-11);
    close(holt.coefficients().get("b"), -12.1638538537992, 1e-10);
    close(holt.sse(), 319856.471124994, 1e-11);
    Forecast hf = holt.forecast(3, 0.95);
    double[] fit = {426.823278793006, 414.659424939206, 402.495571085407};
    double[] upr = {520.139751318080, 523.484197397279, 529.419695988310};
    for (int h = 0; h < 3; h++) {
      close(hf.points().get(h).mean(), fit[h], 1e-10);
      close(hf.points().get(h).upper().getAsDouble(), upr[h], 1e-9);
    }
  }

  /** Fitted parameters: our optimiser must reach R's SSE (L-BFGS-B from (0.3, 0.1, 0.1)) or lower, to 1e-4 relative. */
  @Test
  void fittedParametersReachRsOptimum() {
    Map<String, double[]> r = Map.of(
        "additive", new double[] {21860.1846218501, 0.2479594897356208, 0.0345337296488465, 1.0},
        "multiplicative", new double[] {16570.7778669999, 0.2755924747363504, 0.0326929527336615, 0.8707292222650094});
    for (Map.Entry<String, double[]> e : r.entrySet()) {
      Seasonality s = e.getKey().equals("additive") ? Seasonality.ADDITIVE : Seasonality.MULTIPLICATIVE;
      FittedModel m = ExponentialSmoothing.holtWinters(s).fit(AP);
      double rSse = e.getValue()[0];
      assertThat(m.sse()).as(e.getKey()).isLessThanOrEqualTo(rSse * (1 + 1e-4));
      assertThat(m.parameters().get("alpha")).as(e.getKey()).isCloseTo(e.getValue()[1], within(0.01));
      assertThat(m.parameters().get("beta")).as(e.getKey()).isCloseTo(e.getValue()[2], within(0.01));
      assertThat(m.parameters().get("gamma")).as(e.getKey()).isCloseTo(e.getValue()[3], within(0.01));
    }
    FittedModel co2 = ExponentialSmoothing.holtWinters(Seasonality.ADDITIVE).fit(Datasets.co2());
    assertThat(co2.sse()).isLessThanOrEqualTo(43.1298613676973 * (1 + 1e-4));
    FittedModel ses = ExponentialSmoothing.simple().fit(AP);
    assertThat(ses.sse()).isLessThanOrEqualTo(162510.559961675 * (1 + 1e-6));
    assertThat(ses.parameters().get("alpha")).isCloseTo(0.999933893038648, within(1e-3));
    FittedModel holt = ExponentialSmoothing.holt().fit(AP);
    assertThat(holt.sse()).isLessThanOrEqualTo(163634.065810648 * (1 + 1e-4));
  }
}
