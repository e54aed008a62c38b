//! k-means on customers' standardised recency, frequency and spend: k-means++ starts,
//! several restarts per k, and k chosen by the mean silhouette. Fitted on a sample (so
//! 100,000 customers cost what 5,000 do) and then every customer is assigned to its
//! nearest centre. Work is split into steps (one fit each) so a page can breathe
//! between them.
//!
//! Written here rather than taken from a crate: linfa-clustering pulls ndarray and
//! rayon-style dependencies into the wasm bundle for about 150 lines of arithmetic.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

pub const FEATURES: usize = 3;
pub type Point = [f64; FEATURES];

/// Customers the centres are fitted on; the rest are only assigned.
const FIT_SAMPLE: usize = 5_000;
/// Customers the silhouette is measured on (it is quadratic).
const SILHOUETTE_SAMPLE: usize = 1_000;
const MAX_ITERATIONS: usize = 100;
pub const RESTARTS: usize = 4;

/// Standardises columns to mean 0 and standard deviation 1 (a constant column stays 0).
pub fn standardise(points: &mut [Point]) -> (Point, Point) {
    let n = points.len().max(1) as f64;
    let mut mean = [0.0; FEATURES];
    let mut sd = [0.0; FEATURES];
    for p in points.iter() {
        for f in 0..FEATURES {
            mean[f] += p[f] / n;
        }
    }
    for p in points.iter() {
        for f in 0..FEATURES {
            sd[f] += (p[f] - mean[f]).powi(2) / n;
        }
    }
    for s in sd.iter_mut() {
        *s = s.sqrt();
    }
    for p in points.iter_mut() {
        for f in 0..FEATURES {
            p[f] = if sd[f] > 1e-12 {
                (p[f] - mean[f]) / sd[f]
            } else {
                0.0
            };
        }
    }
    (mean, sd)
}

fn distance2(a: &Point, b: &Point) -> f64 {
    (0..FEATURES).map(|f| (a[f] - b[f]).powi(2)).sum()
}

pub fn nearest(centres: &[Point], p: &Point) -> usize {
    let mut best = (0, f64::INFINITY);
    for (i, c) in centres.iter().enumerate() {
        let d = distance2(c, p);
        if d < best.1 {
            best = (i, d);
        }
    }
    best.0
}

/// One k-means fit: k-means++ starts, then Lloyd's steps until nothing moves.
/// Returns the centres and the within-cluster sum of squares.
pub fn fit(points: &[Point], k: usize, rng: &mut SmallRng) -> (Vec<Point>, f64) {
    if points.is_empty() || k == 0 {
        return (Vec::new(), 0.0);
    }
    let mut centres = vec![points[rng.gen_range(0..points.len())]];
    let mut nearest_d2: Vec<f64> = points.iter().map(|p| distance2(p, &centres[0])).collect();
    while centres.len() < k {
        let total: f64 = nearest_d2.iter().sum();
        let next = if total <= 0.0 {
            rng.gen_range(0..points.len())
        } else {
            let mut target = rng.gen::<f64>() * total;
            nearest_d2
                .iter()
                .position(|d| {
                    target -= d;
                    target <= 0.0
                })
                .unwrap_or(points.len() - 1)
        };
        let c = points[next];
        for (d, p) in nearest_d2.iter_mut().zip(points) {
            *d = d.min(distance2(p, &c));
        }
        centres.push(c);
    }
    let mut assignment = vec![usize::MAX; points.len()];
    for _ in 0..MAX_ITERATIONS {
        let mut moved = false;
        for (a, p) in assignment.iter_mut().zip(points) {
            let n = nearest(&centres, p);
            moved |= *a != n;
            *a = n;
        }
        if !moved {
            break;
        }
        let mut sums = vec![([0.0; FEATURES], 0usize); k];
        for (a, p) in assignment.iter().zip(points) {
            let (sum, count) = &mut sums[*a];
            for f in 0..FEATURES {
                sum[f] += p[f];
            }
            *count += 1;
        }
        for (c, (sum, count)) in centres.iter_mut().zip(sums) {
            // An emptied cluster keeps its centre.
            if count > 0 {
                *c = sum.map(|s| s / count as f64);
            }
        }
    }
    let inertia = assignment
        .iter()
        .zip(points)
        .map(|(a, p)| distance2(p, &centres[*a]))
        .sum();
    (centres, inertia)
}

/// Mean silhouette of `points` under `centres` (each point in its nearest centre's
/// cluster): near 1, well separated; near 0, overlapping.
pub fn silhouette(points: &[Point], centres: &[Point]) -> f64 {
    let k = centres.len();
    if k < 2 || points.len() < 2 {
        return 0.0;
    }
    let labels: Vec<usize> = points.iter().map(|p| nearest(centres, p)).collect();
    let mut total = 0.0;
    let mut counted = 0usize;
    for (i, p) in points.iter().enumerate() {
        let mut sum = vec![0.0; k];
        let mut count = vec![0usize; k];
        for (j, q) in points.iter().enumerate() {
            if i != j {
                sum[labels[j]] += distance2(p, q).sqrt();
                count[labels[j]] += 1;
            }
        }
        let own = labels[i];
        if count[own] == 0 {
            // A point alone in its cluster scores 0, by convention.
            counted += 1;
            continue;
        }
        let a = sum[own] / count[own] as f64;
        let b = (0..k)
            .filter(|c| *c != own && count[*c] > 0)
            .map(|c| sum[c] / count[c] as f64)
            .fold(f64::INFINITY, f64::min);
        if b.is_finite() {
            total += (b - a) / a.max(b).max(1e-12);
        }
        counted += 1;
    }
    total / counted.max(1) as f64
}

/// Every k tried, with its best fit's silhouette.
#[derive(Clone, Debug, PartialEq)]
pub struct Tried {
    pub k: usize,
    pub silhouette: f64,
}

/// The search for k, one fit per `step`.
pub struct ClusterSearch {
    fit_on: Vec<Point>,
    judge_on: Vec<Point>,
    ks: Vec<usize>,
    next: usize,
    rng: SmallRng,
    /// Best fit so far for the k under way: (centres, inertia).
    current: Option<(Vec<Point>, f64)>,
    pub tried: Vec<Tried>,
    best: Option<(f64, Vec<Point>)>,
}

impl ClusterSearch {
    /// `points` already standardised; k from 2 to `max_k`.
    pub fn new(points: &[Point], max_k: usize, seed: u64) -> Self {
        let mut rng = SmallRng::seed_from_u64(seed);
        let sample = |n: usize, rng: &mut SmallRng| -> Vec<Point> {
            if points.len() <= n {
                return points.to_vec();
            }
            rand::seq::index::sample(rng, points.len(), n)
                .into_iter()
                .map(|i| points[i])
                .collect()
        };
        let fit_on = sample(FIT_SAMPLE, &mut rng);
        let judge_on = sample(SILHOUETTE_SAMPLE, &mut rng);
        let ks: Vec<usize> = (2..=max_k.min(fit_on.len())).collect();
        ClusterSearch {
            fit_on,
            judge_on,
            ks,
            next: 0,
            rng,
            current: None,
            tried: Vec::new(),
            best: None,
        }
    }

    pub fn steps(&self) -> usize {
        self.ks.len() * RESTARTS
    }

    /// Runs one fit; false once every k has been tried.
    pub fn step(&mut self) -> bool {
        let Some(&k) = self.ks.get(self.next / RESTARTS) else {
            return false;
        };
        let (centres, inertia) = fit(&self.fit_on, k, &mut self.rng);
        if self
            .current
            .as_ref()
            .is_none_or(|(_, best)| inertia < *best)
        {
            self.current = Some((centres, inertia));
        }
        self.next += 1;
        if self.next.is_multiple_of(RESTARTS) {
            if let Some((centres, _)) = self.current.take() {
                let s = silhouette(&self.judge_on, &centres);
                self.tried.push(Tried { k, silhouette: s });
                if self.best.as_ref().is_none_or(|(best, _)| s > *best) {
                    self.best = Some((s, centres));
                }
            }
        }
        self.next < self.steps()
    }

    /// The centres of the k with the best silhouette.
    pub fn best(&self) -> Option<(f64, &[Point])> {
        self.best.as_ref().map(|(s, c)| (*s, c.as_slice()))
    }
}

/// Whether a cluster's centre sits above, around or below the average on a feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Low,
    Middle,
    High,
}

/// Half a standard deviation from the mean counts as different.
pub fn level(z: f64) -> Level {
    if z > 0.5 {
        Level::High
    } else if z < -0.5 {
        Level::Low
    } else {
        Level::Middle
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three blobs far apart, in unequal sizes.
    fn planted(rng: &mut SmallRng) -> (Vec<Point>, Vec<usize>) {
        let centres = [[0.0, 0.0, 0.0], [10.0, 10.0, 0.0], [0.0, 10.0, 10.0]];
        let sizes = [600, 300, 100];
        let mut points = Vec::new();
        let mut truth = Vec::new();
        for (c, (centre, size)) in centres.iter().zip(sizes).enumerate() {
            for _ in 0..size {
                points.push(centre.map(|x| x + rng.gen_range(-1.0..1.0)));
                truth.push(c);
            }
        }
        (points, truth)
    }

    #[test]
    fn k_means_recovers_planted_clusters_and_the_silhouette_picks_their_number() {
        let mut rng = SmallRng::seed_from_u64(1);
        let (mut points, truth) = planted(&mut rng);
        standardise(&mut points);
        let mut search = ClusterSearch::new(&points, 6, 7);
        let mut steps = 0;
        while search.step() {
            steps += 1;
        }
        assert_eq!(steps + 1, search.steps());
        assert_eq!(search.tried.len(), 5);
        let (score, centres) = search.best().unwrap();
        assert_eq!(centres.len(), 3, "tried: {:?}", search.tried);
        assert!(score > 0.8, "well separated: {score}");
        // Every planted blob lands whole in one cluster, and no two share one.
        let labels: Vec<usize> = points.iter().map(|p| nearest(centres, p)).collect();
        let mut blob_cluster = [usize::MAX; 3];
        for (label, blob) in labels.iter().zip(&truth) {
            if blob_cluster[*blob] == usize::MAX {
                blob_cluster[*blob] = *label;
            }
            assert_eq!(blob_cluster[*blob], *label);
        }
        let mut distinct = blob_cluster.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), 3);
    }

    #[test]
    fn degenerate_inputs_neither_panic_nor_divide_by_zero() {
        let mut rng = SmallRng::seed_from_u64(2);
        assert_eq!(fit(&[], 3, &mut rng).0.len(), 0);
        let mut same = vec![[1.0, 1.0, 1.0]; 50];
        let (_, sd) = standardise(&mut same);
        assert!(sd.iter().all(|s| *s < 1e-12));
        assert!(same.iter().all(|p| *p == [0.0; 3]));
        let mut search = ClusterSearch::new(&same, 4, 3);
        while search.step() {}
        let (score, _) = search.best().unwrap();
        assert!(score.is_finite());
        let mut one = ClusterSearch::new(&[[0.0; 3]], 4, 3);
        assert!(!one.step());
        assert!(one.best().is_none());
    }

    #[test]
    fn levels_need_half_a_standard_deviation() {
        assert_eq!(level(0.6), Level::High);
        assert_eq!(level(0.4), Level::Middle);
        assert_eq!(level(-0.7), Level::Low);
    }
}
