package com.caio.engine.opportunities;

import java.util.Locale;
import java.util.SplittableRandom;

import com.caio.engine.opportunities.model.Estimate;

/**
 * Draws a task duration from its three-point estimate: PERT-beta (shape 4, mean (o + 4m +
 * p) / 6) or triangular.
 */
enum Sampler {

	PERT {
		@Override
		Prepared prepare(Estimate e) {
			double range = e.high() - e.low();
			if (range <= 0) {
				return random -> e.low();
			}
			Gamma a = new Gamma(1 + 4 * (e.likely() - e.low()) / range);
			Gamma b = new Gamma(1 + 4 * (e.high() - e.likely()) / range);
			return random -> {
				double x = a.sample(random);
				return e.low() + range * x / (x + b.sample(random));
			};
		}
	},

	TRIANGULAR {
		@Override
		Prepared prepare(Estimate e) {
			double range = e.high() - e.low();
			if (range <= 0) {
				return random -> e.low();
			}
			double mode = (e.likely() - e.low()) / range;
			return random -> {
				double u = random.nextDouble();
				return u < mode ? e.low() + Math.sqrt(u * range * (e.likely() - e.low()))
						: e.high() - Math.sqrt((1 - u) * range * (e.high() - e.likely()));
			};
		}
	};

	/** A task's sampler with its constants computed once. */
	interface Prepared {

		double sample(SplittableRandom random);

	}

	abstract Prepared prepare(Estimate e);

	static Sampler of(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "pert", "pert-beta", "beta" -> PERT;
			case "triangular" -> TRIANGULAR;
			default -> throw new IllegalArgumentException(name);
		};
	}

	/**
	 * Gamma(shape, 1) for shape >= 1 (PERT shapes always are), by Marsaglia and Tsang
	 * (2000).
	 */
	private record Gamma(double d, double c) {

		Gamma(double shape) {
			this(shape - 1.0 / 3, 1 / Math.sqrt(9 * (shape - 1.0 / 3)));
		}

		double sample(SplittableRandom random) {
			while (true) {
				double x = random.nextGaussian();
				double v = 1 + c * x;
				if (v <= 0) {
					continue;
				}
				v = v * v * v;
				double u = random.nextDouble();
				if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
					return d * v;
				}
			}
		}

	}

}
