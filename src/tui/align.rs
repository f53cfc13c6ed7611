//! Aligned scrolling: where to put another pane so it shows its version of the passage the
//! leading pane shows. Shared passages (anchors) are matched line for line; between them, and
//! when there are none, position is interpolated.

use super::wrap::Wrapped;
use crate::text::Span;

/// The top line for the other pane, given the leader's top line; `rows` is the pane height, so
/// the leader's last page matches the other's last page.
pub fn aligned_top(
    leader: &Wrapped,
    leader_anchors: &[(Span, usize)],
    leader_top: usize,
    other: &Wrapped,
    other_anchors: &[(Span, usize)],
    rows: usize,
) -> usize {
    let points = matching_points(leader, leader_anchors, other, other_anchors, rows);
    let top = leader_top.min(leader.len());
    // The last point at or above the leader's top, and the next one below it.
    let i = points.partition_point(|p| p.0 <= top).saturating_sub(1);
    let (f0, o0) = points[i];
    let target = match points.get(i + 1) {
        Some(&(f1, o1)) if f1 > f0 => o0 + (top - f0) * (o1 - o0) / (f1 - f0),
        _ => o0 + (top - f0),
    };
    target.min(other.len().saturating_sub(1))
}

/// Pairs of corresponding top lines (leader, other), increasing in both: the start and end of
/// every anchor both articles share, framed by the tops of the first and last pages.
fn matching_points(
    leader: &Wrapped,
    leader_anchors: &[(Span, usize)],
    other: &Wrapped,
    other_anchors: &[(Span, usize)],
    rows: usize,
) -> Vec<(usize, usize)> {
    let mut points = vec![(0, 0)];
    for &(span, group) in leader_anchors {
        let Some(&(other_span, _)) = other_anchors.iter().find(|(_, g)| *g == group) else {
            continue;
        };
        let start = (leader.line_of(span.start), other.line_of(other_span.start));
        let end = (
            leader.line_of(span.end.saturating_sub(1).max(span.start)),
            other.line_of(other_span.end.saturating_sub(1).max(other_span.start)),
        );
        for p in [start, end] {
            let last = *points.last().expect("starts non-empty");
            // Passages in a different order in the two articles cannot all line up; the ones
            // that keep the order win.
            if p.0 >= last.0 && p.1 >= last.1 && p != last {
                points.push(p);
            }
        }
    }
    let end = (
        leader.len().saturating_sub(rows),
        other.len().saturating_sub(rows),
    );
    let last = *points.last().expect("starts non-empty");
    if end.0 > last.0 && end.1 >= last.1 {
        points.push(end);
    }
    points
}

#[cfg(test)]
mod tests {
    use super::super::wrap::Line;
    use super::*;

    fn lines(n: usize) -> Wrapped {
        Wrapped {
            lines: (0..n)
                .map(|i| Line {
                    span: Span::new(i * 10, i * 10 + 9),
                    paragraph: Some(i),
                })
                .collect(),
        }
    }

    fn at(line: usize, len: usize, group: usize) -> (Span, usize) {
        (Span::new(line * 10, (line + len) * 10 - 1), group)
    }

    #[test]
    fn with_no_anchors_position_is_proportional() {
        let (a, b) = (lines(100), lines(200));
        assert_eq!(aligned_top(&a, &[], 0, &b, &[], 0), 0);
        assert_eq!(aligned_top(&a, &[], 50, &b, &[], 0), 100);
        assert_eq!(aligned_top(&a, &[], 100, &b, &[], 0), 199);
    }

    #[test]
    fn the_last_page_of_one_is_the_last_page_of_the_other() {
        let (a, b) = (lines(100), lines(60));
        assert_eq!(aligned_top(&a, &[], 80, &b, &[], 20), 40);
        assert_eq!(aligned_top(&b, &[], 40, &a, &[], 20), 80);
        assert_eq!(aligned_top(&a, &[], 40, &b, &[], 20), 20);
    }

    #[test]
    fn a_shared_passage_lands_on_the_same_row() {
        let (a, b) = (lines(100), lines(100));
        let fa = [at(10, 5, 7), at(60, 3, 9)];
        let fb = [at(40, 5, 7), at(70, 3, 9)];
        assert_eq!(aligned_top(&a, &fa, 10, &b, &fb, 0), 40);
        assert_eq!(aligned_top(&a, &fa, 12, &b, &fb, 0), 42);
        assert_eq!(aligned_top(&a, &fa, 60, &b, &fb, 0), 70);
        // Half way between the two passages in one is half way between them in the other.
        assert_eq!(aligned_top(&a, &fa, 14 + 23, &b, &fb, 0), 44 + 13);
    }

    #[test]
    fn passages_in_a_different_order_do_not_send_the_other_pane_backwards() {
        let (a, b) = (lines(100), lines(100));
        let fa = [at(10, 2, 1), at(50, 2, 2)];
        let fb = [at(80, 2, 1), at(20, 2, 2)];
        let mut last = 0;
        for top in 0..100 {
            let t = aligned_top(&a, &fa, top, &b, &fb, 0);
            assert!(t >= last, "went back at {top}");
            last = t;
        }
        assert_eq!(aligned_top(&a, &fa, 10, &b, &fb, 0), 80);
    }
}
