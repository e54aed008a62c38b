//! Maximum likelihood for models whose parameters are all positive: argmin's Nelder-Mead
//! over the parameters' logarithms (positivity by construction), inside bounds that keep
//! a runaway fit from wandering to values no data supports, restarted from its own best
//! point until a restart no longer improves it (a single Nelder-Mead run can stall on a
//! ridge, which the published fits of these models are known to have).

use argmin::core::{
    CostFunction, Error, Executor, IterState, OptimizationResult, State, TerminationReason,
    TerminationStatus,
};
use argmin::solver::neldermead::NelderMead;

/// Parameters stay within e^-LOG_BOUND..e^LOG_BOUND (about 3e-7..3e6).
const LOG_BOUND: f64 = 15.0;
const MAX_ITERATIONS: u64 = 4_000;
const MAX_RUNS: usize = 8;
/// A restart that gains less than this (in the mean log-likelihood) means the fit stands.
const SETTLED: f64 = 1e-10;

/// A cost function whose type can be named (the models box theirs).
pub type BoxedCost = Box<dyn Fn(&[f64]) -> f64>;

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

struct OnLogScale<C> {
    cost: C,
    /// Kept here, not in argmin's per-executor counts, so slices add up.
    evaluations: std::cell::Cell<u64>,
}

impl<C: Fn(&[f64]) -> f64> CostFunction for OnLogScale<C> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, logs: &Vec<f64>) -> Result<f64, Error> {
        self.evaluations.set(self.evaluations.get() + 1);
        if logs.iter().any(|l| !l.is_finite() || l.abs() > LOG_BOUND) {
            return Ok(f64::INFINITY);
        }
        let params: Vec<f64> = logs.iter().map(|l| l.exp()).collect();
        let c = (self.cost)(&params);
        Ok(if c.is_nan() { f64::INFINITY } else { c })
    }
}

type Run<C> = OptimizationResult<
    OnLogScale<C>,
    NelderMead<Vec<f64>, f64>,
    IterState<Vec<f64>, (), (), (), (), f64>,
>;

/// A minimisation that runs a few iterations at a time, so a page can paint between
/// slices of a fit over 100,000 customers.
pub struct Minimiser<C> {
    /// Between slices the cost function lives in the paused run (or here, between runs).
    cost: Option<C>,
    paused: Option<Run<C>>,
    best: Vec<f64>,
    best_cost: f64,
    runs: usize,
    evaluations: u64,
    converged: bool,
    done: bool,
}

impl<C: Fn(&[f64]) -> f64> Minimiser<C> {
    /// Minimises `cost` over positive parameters from `start` (all positive).
    pub fn new(cost: C, start: &[f64]) -> Self {
        Minimiser {
            cost: Some(cost),
            paused: None,
            best: start
                .iter()
                .map(|p| p.max(f64::MIN_POSITIVE).ln())
                .collect(),
            best_cost: f64::INFINITY,
            runs: 0,
            evaluations: 0,
            converged: false,
            done: false,
        }
    }

    /// Runs up to `iterations` more Nelder-Mead iterations; false once finished.
    pub fn step(&mut self, iterations: u64) -> bool {
        if self.done {
            return false;
        }
        let executor = match self.paused.take() {
            Some(run) => {
                let mut state = run.state;
                state.termination_status = TerminationStatus::NotTerminated;
                state.max_iters = (state.iter + iterations).min(MAX_ITERATIONS);
                Executor::new(
                    run.problem.problem.expect("a paused run keeps its problem"),
                    run.solver,
                )
                .configure(|_| state)
            }
            None => {
                let Some(cost) = self.cost.take() else {
                    self.done = true;
                    return false;
                };
                let Ok(solver) =
                    NelderMead::new(simplex_around(&self.best)).with_sd_tolerance(1e-12)
                else {
                    self.done = true;
                    return false;
                };
                Executor::new(
                    OnLogScale {
                        cost,
                        evaluations: Default::default(),
                    },
                    solver,
                )
                .configure(|state| state.max_iters(iterations.min(MAX_ITERATIONS)))
            }
        };
        let Ok(run) = executor.timer(false).run() else {
            self.done = true;
            return false;
        };
        let status = run.state.get_termination_status().clone();
        let reached_cap = run.state.get_iter() >= MAX_ITERATIONS;
        if matches!(
            status,
            TerminationStatus::Terminated(TerminationReason::MaxItersReached)
        ) && !reached_cap
        {
            self.paused = Some(run);
            return true;
        }
        self.finish_run(
            run,
            matches!(
                status,
                TerminationStatus::Terminated(TerminationReason::SolverConverged)
            ),
        );
        !self.done
    }

    fn finish_run(&mut self, mut run: Run<C>, settled: bool) {
        self.runs += 1;
        let cost = run.state.get_best_cost();
        let gain = self.best_cost - cost;
        if cost < self.best_cost {
            if let Some(best) = run.state.get_best_param() {
                self.best = best.clone();
                self.best_cost = cost;
            }
        }
        if let Some(problem) = run.problem.problem.take() {
            self.evaluations += problem.evaluations.get();
            self.cost = Some(problem.cost);
        }
        // A parameter running off to its bound means no maximum exists (a shop where
        // nobody ever stops coming, say): more runs would only walk further.
        let at_bound = self.best.iter().any(|l| l.abs() > LOG_BOUND - 0.5);
        if settled && gain.is_finite() && gain < SETTLED {
            self.converged = true;
            self.done = true;
        } else if at_bound || self.runs >= MAX_RUNS || self.cost.is_none() {
            self.done = true;
        }
    }

    pub fn result(&self) -> Minimum {
        let at_bound = self.best.iter().any(|l| l.abs() > LOG_BOUND - 0.5);
        Minimum {
            params: self.best.iter().map(|l| l.exp()).collect(),
            cost: self.best_cost,
            converged: self.done && self.converged && !at_bound && self.best_cost.is_finite(),
            evaluations: self.evaluations,
        }
    }
}

/// The first vertex is the point itself; each other one steps one parameter by e^0.5.
fn simplex_around(from: &[f64]) -> Vec<Vec<f64>> {
    let mut simplex = vec![from.to_vec()];
    for i in 0..from.len() {
        let mut vertex = from.to_vec();
        vertex[i] += 0.5;
        simplex.push(vertex);
    }
    simplex
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimise_positive(cost: impl Fn(&[f64]) -> f64, start: &[f64]) -> Minimum {
        let mut m = Minimiser::new(cost, start);
        while m.step(MAX_ITERATIONS) {}
        m.result()
    }

    #[test]
    fn finds_a_known_minimum_on_the_positive_scale() {
        let bowl = |p: &[f64]| (p[0] - 3.0).powi(2) + (p[1].ln() - 0.5).powi(2);
        let m = minimise_positive(bowl, &[1.0, 1.0]);
        assert!(m.converged);
        assert!((m.params[0] - 3.0).abs() < 1e-5, "{:?}", m.params);
        assert!((m.params[1] - 0.5f64.exp()).abs() < 1e-5, "{:?}", m.params);
    }

    #[test]
    fn a_cost_that_runs_off_to_a_bound_is_not_converged() {
        // Keeps falling as p grows: no maximum likelihood exists.
        let falling = |p: &[f64]| -p[0].ln();
        assert!(!minimise_positive(falling, &[1.0]).converged);
        let nowhere = |_: &[f64]| f64::NAN;
        assert!(!minimise_positive(nowhere, &[1.0, 2.0]).converged);
    }

    #[test]
    fn slices_reach_the_same_point_as_one_go() {
        let bowl = |p: &[f64]| (p[0] - 3.0).powi(2) + (p[1] - 0.25).powi(2) * 4.0;
        let whole = minimise_positive(bowl, &[1.0, 1.0]);
        let mut sliced = Minimiser::new(bowl, &[1.0, 1.0]);
        let mut slices = 0;
        while sliced.step(3) {
            slices += 1;
        }
        assert!(slices > 10);
        assert_eq!(sliced.result(), whole);
    }
}
