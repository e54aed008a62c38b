//! Maximum likelihood for models whose parameters are all positive: argmin's Nelder-Mead
//! over the parameters' logarithms (positivity by construction), inside bounds that keep
//! a runaway fit from wandering to values no data supports, restarted from its own best
//! point until a restart no longer improves it (a single Nelder-Mead run can stall on a
//! ridge, which the published fits of these models are known to have).

use argmin::core::{CostFunction, Error, Executor, State, TerminationReason, TerminationStatus};
use argmin::solver::neldermead::NelderMead;

/// Parameters stay within e^-LOG_BOUND..e^LOG_BOUND (about 3e-7..3e6).
const LOG_BOUND: f64 = 15.0;
const MAX_ITERATIONS: u64 = 4_000;
const MAX_RUNS: usize = 8;
/// A restart that gains less than this (in the mean log-likelihood) means the fit stands.
const SETTLED: f64 = 1e-10;

/// The best point found, on the parameters' own scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum {
    pub params: Vec<f64>,
    pub cost: f64,
    /// False if a run hit its iteration limit, a parameter sits at a bound, or the
    /// cost is not finite: the point is then not a trustworthy maximum likelihood.
    pub converged: bool,
    pub evaluations: u64,
}

struct OnLogScale<'a> {
    cost: &'a dyn Fn(&[f64]) -> f64,
}

impl CostFunction for OnLogScale<'_> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, logs: &Vec<f64>) -> Result<f64, Error> {
        if logs.iter().any(|l| !l.is_finite() || l.abs() > LOG_BOUND) {
            return Ok(f64::INFINITY);
        }
        let params: Vec<f64> = logs.iter().map(|l| l.exp()).collect();
        let c = (self.cost)(&params);
        Ok(if c.is_nan() { f64::INFINITY } else { c })
    }
}

/// Minimises `cost` over positive parameters from `start` (all positive).
pub fn minimise_positive(cost: &dyn Fn(&[f64]) -> f64, start: &[f64]) -> Minimum {
    let mut best: Vec<f64> = start
        .iter()
        .map(|p| p.max(f64::MIN_POSITIVE).ln())
        .collect();
    let mut best_cost = f64::INFINITY;
    let mut evaluations = 0;
    let mut converged = false;
    for _ in 0..MAX_RUNS {
        let Ok(run) = run_once(cost, &best) else {
            break;
        };
        evaluations += run.evaluations;
        let gain = best_cost - run.cost;
        let settled_run = run.settled;
        if run.cost < best_cost {
            best = run.logs;
            best_cost = run.cost;
        }
        if settled_run && gain.is_finite() && gain < SETTLED {
            converged = true;
            break;
        }
    }
    let at_bound = best.iter().any(|l| l.abs() > LOG_BOUND - 0.5);
    Minimum {
        params: best.iter().map(|l| l.exp()).collect(),
        cost: best_cost,
        converged: converged && !at_bound && best_cost.is_finite(),
        evaluations,
    }
}

struct Run {
    logs: Vec<f64>,
    cost: f64,
    settled: bool,
    evaluations: u64,
}

fn run_once(cost: &dyn Fn(&[f64]) -> f64, from: &[f64]) -> Result<Run, Error> {
    // The first vertex is the start; each other one steps one parameter by a factor e^0.5.
    let mut simplex = vec![from.to_vec()];
    for i in 0..from.len() {
        let mut vertex = from.to_vec();
        vertex[i] += 0.5;
        simplex.push(vertex);
    }
    let solver = NelderMead::new(simplex).with_sd_tolerance(1e-12)?;
    let result = Executor::new(OnLogScale { cost }, solver)
        .configure(|state| state.max_iters(MAX_ITERATIONS))
        .timer(false)
        .run()?;
    let state = result.state();
    let settled = matches!(
        state.get_termination_status(),
        TerminationStatus::Terminated(TerminationReason::SolverConverged)
    );
    Ok(Run {
        logs: state
            .get_best_param()
            .cloned()
            .unwrap_or_else(|| from.to_vec()),
        cost: state.get_best_cost(),
        settled,
        evaluations: state.get_func_counts().values().sum(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_known_minimum_on_the_positive_scale() {
        let bowl = |p: &[f64]| (p[0] - 3.0).powi(2) + (p[1].ln() - 0.5).powi(2);
        let m = minimise_positive(&bowl, &[1.0, 1.0]);
        assert!(m.converged);
        assert!((m.params[0] - 3.0).abs() < 1e-5, "{:?}", m.params);
        assert!((m.params[1] - 0.5f64.exp()).abs() < 1e-5, "{:?}", m.params);
    }

    #[test]
    fn a_cost_that_runs_off_to_a_bound_is_not_converged() {
        // Keeps falling as p grows: no maximum likelihood exists.
        let falling = |p: &[f64]| -p[0].ln();
        assert!(!minimise_positive(&falling, &[1.0]).converged);
        let nowhere = |_: &[f64]| f64::NAN;
        assert!(!minimise_positive(&nowhere, &[1.0, 2.0]).converged);
    }
}
