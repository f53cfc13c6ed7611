//! The names of the days and months in lower case, which sentence splitting and the reading of
//! figures both look for.

/// The days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Days named from today, which date a statement as a weekday does.
pub const RELATIVE_DAYS: [&str; 4] = ["today", "tonight", "yesterday", "tomorrow"];

/// The months, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
