//! Moving through a list: what a key or the wheel does to the selected entry (or the first
//! line shown, for lists without a selection), and keeping the selection inside the rows on
//! screen. Every list in the reader moves this way.

use super::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Down(usize),
    Up(usize),
    Top,
    Bottom,
}

impl Motion {
    /// The motion `action` means in a list whose page keys move `page` entries and whose wheel
    /// moves `wheel`; `None` for keys that do not move through lists.
    pub fn of(action: Action, page: usize, wheel: usize) -> Option<Motion> {
        Some(match action {
            Action::ScrollDown => Motion::Down(1),
            Action::ScrollUp => Motion::Up(1),
            Action::PageDown | Action::HalfPageDown => Motion::Down(page),
            Action::PageUp | Action::HalfPageUp => Motion::Up(page),
            Action::Wheel { down: true, .. } => Motion::Down(wheel),
            Action::Wheel { down: false, .. } => Motion::Up(wheel),
            Action::Top => Motion::Top,
            Action::Bottom => Motion::Bottom,
            _ => return None,
        })
    }
}

/// Where `selected` is after `motion` in a list of `len` entries: always in the list, 0 when
/// it is empty; paging past either end stops at it.
pub fn step(selected: usize, len: usize, motion: Motion) -> usize {
    let last = len.saturating_sub(1);
    match motion {
        Motion::Down(n) => selected.saturating_add(n),
        Motion::Up(n) => selected.saturating_sub(n),
        Motion::Top => 0,
        Motion::Bottom => last,
    }
    .min(last)
}

/// The first entry to show so that `selected` is among the `height` entries on screen,
/// moving the window from `offset` as little as possible.
pub fn keep_in_window(offset: usize, selected: usize, height: usize) -> usize {
    let height = height.max(1);
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_list_stays_at_zero() {
        for m in [Motion::Down(1), Motion::Up(1), Motion::Top, Motion::Bottom] {
            assert_eq!(step(0, 0, m), 0);
            assert_eq!(step(7, 0, m), 0, "a stale position is pulled back");
        }
        assert_eq!(keep_in_window(3, 0, 10), 0);
    }

    #[test]
    fn a_list_of_one_has_one_place() {
        for m in [Motion::Down(5), Motion::Up(5), Motion::Top, Motion::Bottom] {
            assert_eq!(step(0, 1, m), 0);
        }
    }

    #[test]
    fn paging_past_either_end_stops_at_it() {
        assert_eq!(step(8, 10, Motion::Down(5)), 9);
        assert_eq!(step(3, 10, Motion::Up(5)), 0);
        assert_eq!(step(3, 10, Motion::Down(5)), 8);
        assert_eq!(step(usize::MAX, 10, Motion::Down(usize::MAX)), 9);
        assert_eq!(step(4, 10, Motion::Bottom), 9);
        assert_eq!(step(4, 10, Motion::Top), 0);
    }

    #[test]
    fn keys_and_the_wheel_map_to_motions() {
        let wheel = |down| Action::Wheel {
            column: 0,
            row: 0,
            down,
        };
        assert_eq!(Motion::of(Action::ScrollDown, 5, 3), Some(Motion::Down(1)));
        assert_eq!(Motion::of(Action::HalfPageUp, 5, 3), Some(Motion::Up(5)));
        assert_eq!(Motion::of(Action::PageDown, 5, 3), Some(Motion::Down(5)));
        assert_eq!(Motion::of(wheel(true), 5, 3), Some(Motion::Down(3)));
        assert_eq!(Motion::of(wheel(false), 5, 3), Some(Motion::Up(3)));
        assert_eq!(Motion::of(Action::Bottom, 5, 3), Some(Motion::Bottom));
        assert_eq!(Motion::of(Action::Open, 5, 3), None);
    }

    #[test]
    fn the_window_moves_only_as_far_as_it_must() {
        assert_eq!(keep_in_window(0, 4, 5), 0, "already on screen");
        assert_eq!(keep_in_window(0, 5, 5), 1, "one below: one down");
        assert_eq!(keep_in_window(10, 3, 5), 3, "above: to the top");
        assert_eq!(keep_in_window(0, 20, 5), 16, "far below: at the bottom");
        assert_eq!(
            keep_in_window(2, 2, 0),
            2,
            "no room still shows the selection"
        );
    }
}
