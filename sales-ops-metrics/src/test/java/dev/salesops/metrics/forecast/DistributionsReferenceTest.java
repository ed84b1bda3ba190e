package dev.salesops.metrics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The own quantile functions in every branch (AS 241's central, near-tail and far-tail regions; Student t for odd and
 * even degrees of freedom, both tails), against values computed to 40 digits with mpmath (inverse error function,
 * regularised incomplete beta) and rounded to double.
 */
class DistributionsReferenceTest {
  private static final double[][] NORMAL = {
      {1e-300, -37.0470962993612},
      {1e-100, -21.273453560965322},
      {1e-20, -9.262340089798407},
      {1e-12, -7.034483825301132},
      {1.3e-11, -6.667611456510741},
      {1e-09, -5.9978070150076865},
      {1e-05, -4.264890793922825},
      {0.001, -3.0902323061678136},
      {0.02, -2.053748910631823},
      {0.07, -1.4757910281791706},
      {0.074, -1.4466320671589785},
      {0.075, -1.439531470938456},
      {0.2, -0.8416212335729142},
      {0.45, -0.12566134685507402},
      {0.55, 0.12566134685507416},
      {0.8, 0.8416212335729144},
      {0.925, 1.4395314709384561},
      {0.93, 1.475791028179171},
      {0.98, 2.0537489106318225},
      {0.999, 3.090232306167813},
      {0.999999999, 5.9978070196016375},
      {0.999999999999, 7.0344869100478356}};
  private static final double[][] T_QUANTILES = {
      {2, 0.6, 0.2886751345948128},
      {2, 0.9, 1.885618083164127},
      {2, 0.99, 6.964556734283271},
      {2, 0.9999, 70.70007107496818},
      {2, 0.001, -22.327124770119877},
      {2, 1e-08, -7071.067705799457},
      {3, 0.6, 0.27667066233268983},
      {3, 0.9, 1.6377443536962104},
      {3, 0.99, 4.540702858568132},
      {3, 0.9999, 22.203742273205002},
      {3, 0.001, -10.214531852407386},
      {3, 1e-08, -479.5250695797383},
      {4, 0.6, 0.27072229470759734},
      {4, 0.9, 1.533206274058944},
      {4, 0.99, 3.746947387979196},
      {4, 0.9999, 13.033671720896821},
      {4, 0.001, -7.1731822197823085},
      {4, 1e-08, -131.59473694062356},
      {7, 0.6, 0.2631668613520228},
      {7, 0.9, 1.4149239276505086},
      {7, 0.99, 2.9979515668685277},
      {7, 0.9999, 7.063432828157639},
      {7, 0.001, -4.785289628638334},
      {7, 1e-08, -27.80228318811989},
      {9, 0.6, 0.26095533647391095},
      {9, 0.9, 1.3830287383966324},
      {9, 0.99, 2.8214379250258084},
      {9, 0.9999, 6.010132129081531},
      {9, 0.001, -4.296805662729918},
      {9, 1e-08, -18.283967455910624},
      {15, 0.6, 0.2578853009372611},
      {15, 0.9, 1.3406056078504558},
      {15, 0.99, 2.602480295011123},
      {15, 0.9999, 4.8799982884245034},
      {15, 0.001, -3.7328344253109003},
      {15, 1e-08, -10.714732022790736},
      {60, 0.6, 0.25447339498953114},
      {60, 0.9, 1.2958210935157308},
      {60, 0.99, 2.390119472624913},
      {60, 0.9999, 3.9620893647059736},
      {60, 0.001, -3.23170912602436},
      {60, 1e-08, -6.46876066598553},
      {250, 0.6, 0.25361688158193907},
      {250, 0.9, 1.284947055422256},
      {250, 0.99, 2.3413561183859155},
      {250, 0.9999, 3.7749127906181994},
      {250, 0.001, -3.1231502290270914},
      {250, 1e-08, -5.799581100069853}};
  /** df, t, density, P(|T| <= t). */
  private static final double[][] T_DENSITY_CENTRAL = {
      {1, 0.5, 0.25464790894703254, 0.2951672353008665},
      {1, 1.7, 0.08182773423747833, 0.6614939453393347},
      {1, 3.0, 0.03183098861837907, 0.7951672353008665},
      {1, 10.0, 0.0031515830315226798, 0.9365489651388929},
      {2, 0.5, 0.2962962962962963, 0.3333333333333333},
      {2, 1.7, 0.0924776342834631, 0.7687665737984288},
      {2, 3.0, 0.02741012223434215, 0.9045340337332909},
      {2, 10.0, 0.0009707328852712493, 0.9901475429766743},
      {3, 0.5, 0.3131809110088286, 0.348552035151849},
      {3, 1.7, 0.09535235320233576, 0.8123093584465899},
      {3, 3.0, 0.022972037309241335, 0.9423311143775627},
      {3, 10.0, 0.0003118082168470876, 0.9978716009415859},
      {4, 0.5, 0.3222618685603871, 0.35667003681813675},
      {4, 1.7, 0.09630153093199492, 0.8356450587299499},
      {4, 3.0, 0.019693498090836536, 0.9600580319282812},
      {4, 10.0, 0.0001087922347290222, 0.999437996377284},
      {5, 0.5, 0.3279185313227465, 0.361701128359071},
      {5, 1.7, 0.0966079487139118, 0.850123213151676},
      {5, 3.0, 0.01729257880022296, 0.9699007521025375},
      {5, 10.0, 4.098981641534331e-05, 0.999829052424257},
      {8, 0.5, 0.3366938979282275, 0.3694639244430237},
      {8, 1.7, 0.09652783266314752, 0.8724471302967657},
      {8, 3.0, 0.013009417992633849, 0.9829283187662173},
      {8, 10.0, 3.168626969195844e-06, 0.9999915118184723},
      {31, 0.5, 0.34801266729462577, 0.37939404875228105},
      {31, 1.7, 0.09507148938096568, 0.9008551417209534},
      {31, 3.0, 0.006702480169687922, 0.9947112533110086},
      {31, 10.0, 3.8269665697428785e-11, 0.9999999999679521}};

  @Test
  void normalQuantileInEveryRegion() {
    for (double[] c : NORMAL) {
      assertThat(Distributions.normalQuantile(c[0])).as("p = %s", c[0]).isCloseTo(c[1], within(Math.abs(c[1]) * 4e-15));
    }
    assertThat(Distributions.normalQuantile(0.5)).isZero();
    assertThatThrownBy(() -> Distributions.normalQuantile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.normalQuantile(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.normalQuantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void studentTQuantileForOddAndEvenDegreesOfFreedom() {
    for (double[] c : T_QUANTILES) {
      int df = (int) c[0];
      // the central probability |2p - 1| is a double: in a far tail its rounding (about 1e-16 / min(p, 1 - p) relative) dominates
      double relative = Math.max(1e-12, 2e-16 / Math.min(c[1], 1 - c[1]));
      assertThat(Distributions.studentTQuantile(c[1], df)).as("df %s, p %s", df, c[1]).isCloseTo(c[2], within(Math.abs(c[2]) * relative));
    }
    assertThat(Distributions.studentTQuantile(0.5, 7)).isZero();
    assertThat(Distributions.studentTQuantile(0.75, 1)).isCloseTo(1.0, within(1e-15));
    assertThat(Distributions.studentTQuantile(0.25, 1)).isCloseTo(-1.0, within(1e-15));
    assertThatThrownBy(() -> Distributions.studentTQuantile(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.studentTQuantile(1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Distributions.studentTQuantile(0, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void studentTDensityAndCentralProbability() {
    for (double[] c : T_DENSITY_CENTRAL) {
      int df = (int) c[0];
      assertThat(Distributions.studentTDensity(c[1], df)).as("density df %s, t %s", df, c[1]).isCloseTo(c[2], within(c[2] * 1e-13));
      assertThat(Distributions.studentTCentral(c[1], df)).as("central df %s, t %s", df, c[1]).isCloseTo(c[3], within(c[3] * 1e-13));
    }
  }
}
