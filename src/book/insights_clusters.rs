//! Groups found in the customers who bought within the insights' window: k-means on
//! days since their last visit, visits and spend (logged, then standardised), k chosen
//! by silhouette, each group described by where its centre sits against the average.

use super::insights::SLICE_MS;
use super::Book;
use crate::analytics::clusters::{level, nearest, standardise, ClusterSearch, Level, Point, Tried};
use crate::analytics::rfm::WindowActivity;
use crate::domain::time::Millis;
use crate::store::Store;

/// k tried from 2 to this.
const MAX_K: usize = 6;
/// Too few customers say nothing about groups.
pub const MIN_CLUSTERED: usize = 50;
const DAY_MS: f64 = 86_400_000.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub customers: usize,
    /// How recently they came (High: more recent than most).
    pub recency: Level,
    pub frequency: Level,
    pub spend: Level,
    pub mean_days_since_visit: f64,
    pub mean_visits: f64,
    /// Minor units.
    pub mean_spend: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CustomerClusters {
    pub silhouette: f64,
    pub tried: Vec<Tried>,
    /// Largest first.
    pub clusters: Vec<Cluster>,
    /// Per customer (indexed like the insights' customers): their group's position in
    /// `clusters`.
    pub(super) membership: Vec<Option<u8>>,
}

impl CustomerClusters {
    pub fn cluster_of(&self, customer: usize) -> Option<usize> {
        self.membership
            .get(customer)
            .copied()
            .flatten()
            .map(usize::from)
    }
}

fn features(a: &WindowActivity, now: Millis) -> Option<Point> {
    let last = a.last_ms.filter(|_| a.purchases > 0)?;
    let days = (now.saturating_sub(last) as f64 / DAY_MS).max(0.0);
    // Visits and spend are long-tailed: logged, so a few big spenders do not make
    // every other customer look alike. Recency is negated so "high" means recent.
    Some([
        -(days.ln_1p()),
        f64::from(a.purchases).ln_1p(),
        (a.spend.max(0) as f64).ln_1p(),
    ])
}

impl<S: Store> Book<S> {
    /// `None` when fewer than `MIN_CLUSTERED` customers bought in the window.
    pub(super) async fn find_clusters(
        &self,
        activity: &[WindowActivity],
        now: Millis,
    ) -> Option<CustomerClusters> {
        let started = self.host.precise_ms();
        let rows: Vec<(usize, Point)> = activity
            .iter()
            .enumerate()
            .filter_map(|(i, a)| features(a, now).map(|p| (i, p)))
            .collect();
        if rows.len() < MIN_CLUSTERED {
            return None;
        }
        let mut points: Vec<Point> = rows.iter().map(|(_, p)| *p).collect();
        standardise(&mut points);
        let mut search = ClusterSearch::new(&points, MAX_K, 17);
        self.host.measure("karibu:clusters-prepare", started);
        loop {
            let slice_start = self.host.precise_ms();
            let mut more = true;
            while more && self.host.precise_ms() - slice_start < SLICE_MS {
                let step = self.host.precise_ms();
                more = search.step();
                self.host.measure("karibu:clusters-step", step);
                // Without a clock (native tests) one step per slice.
                if self.host.precise_ms() == slice_start {
                    break;
                }
            }
            self.host.pause().await;
            if !more {
                break;
            }
        }
        let (silhouette, centres) = search.best()?;
        let centres = centres.to_vec();
        let k = centres.len();
        let mut sums = vec![(0usize, 0.0, 0.0, 0.0); k];
        let mut membership = vec![None; activity.len()];
        for (n, ((i, _), p)) in rows.iter().zip(&points).enumerate() {
            let c = nearest(&centres, p);
            membership[*i] = Some(c as u8);
            let a = &activity[*i];
            let s = &mut sums[c];
            s.0 += 1;
            s.1 += a
                .last_ms
                .map_or(0.0, |l| (now.saturating_sub(l) as f64 / DAY_MS).max(0.0));
            s.2 += f64::from(a.purchases);
            s.3 += a.spend as f64;
            if n % 20_000 == 19_999 {
                self.host.pause().await;
            }
        }
        let mut clusters: Vec<(usize, Cluster)> = centres
            .iter()
            .zip(&sums)
            .enumerate()
            .map(|(c, (centre, s))| {
                let n = s.0.max(1) as f64;
                (
                    c,
                    Cluster {
                        customers: s.0,
                        recency: level(centre[0]),
                        frequency: level(centre[1]),
                        spend: level(centre[2]),
                        mean_days_since_visit: s.1 / n,
                        mean_visits: s.2 / n,
                        mean_spend: s.3 / n,
                    },
                )
            })
            .collect();
        clusters.sort_by_key(|c| std::cmp::Reverse(c.1.customers));
        let mut position = vec![0u8; k];
        for (pos, (c, _)) in clusters.iter().enumerate() {
            position[*c] = pos as u8;
        }
        for m in membership.iter_mut().flatten() {
            *m = position[usize::from(*m)];
        }
        Some(CustomerClusters {
            silhouette,
            tried: search.tried.clone(),
            clusters: clusters.into_iter().map(|(_, c)| c).collect(),
            membership,
        })
    }
}
