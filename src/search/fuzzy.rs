//! Typo tolerance: is a query word within a small edit distance of the start of a
//! dictionary word? "jonh" finds "john", "mohamed" finds "mohammed".

/// Edits allowed for a query word of this many characters.
pub fn allowed_edits(query_len: usize) -> usize {
    match query_len {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// Optimal-string-alignment distance between `query` and the closest prefix of `word`,
/// or `None` when it exceeds `max`. Prefix distance suits typing: the query may still
/// be incomplete.
pub fn prefix_distance(query: &[char], word: &[char], max: usize) -> Option<usize> {
    if word.len() + max < query.len() {
        return None;
    }
    let cols = word.len() + 1;
    // Three rows: two back for transpositions.
    let mut prev2 = vec![0usize; cols];
    let mut prev: Vec<usize> = (0..cols).collect();
    let mut cur = vec![0usize; cols];
    for i in 1..=query.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..cols {
            let cost = usize::from(query[i - 1] != word[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && query[i - 1] == word[j - 2] && query[i - 2] == word[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    // After the loop `prev` holds the last row: best over all prefixes of `word`.
    prev.iter().copied().min().filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(q: &str, w: &str, max: usize) -> Option<usize> {
        let q: Vec<char> = q.chars().collect();
        let w: Vec<char> = w.chars().collect();
        prefix_distance(&q, &w, max)
    }

    #[test]
    fn typos_within_reach() {
        assert_eq!(d("jonh", "john", 1), Some(1));
        assert_eq!(d("mohamed", "mohammed", 2), Some(1));
        assert_eq!(d("wanj", "wanjiru", 1), Some(0));
        assert_eq!(d("amna", "amina", 1), Some(1));
    }

    #[test]
    fn too_far_is_none() {
        assert_eq!(d("xyz", "john", 1), None);
        assert_eq!(d("peter", "paul", 1), None);
    }
}
