//! Recognising a line that is only a date ("Thursday, February 23, 2006", "23 Feb 2006"):
//! short and unpunctuated like a heading, but it is neither a heading nor a title.

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

const MONTHS: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that may sit between the parts of a date or time.
const GLUE: &[&str] = &[
    "of", "the", "at", "am", "pm", "a.m", "p.m", "utc", "gmt", "updated",
];

/// Whether `line` holds a date and nothing else: every word is a weekday, a month, a number
/// (with an ordinal suffix or a time's colon) or glue, with at least one number and one
/// weekday or month, or an ISO date (2006-02-23).
pub fn is_dateline(line: &str) -> bool {
    let mut number = false;
    let mut named = false;
    for word in line.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '-' | '.')) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        if WEEKDAYS.contains(&lower.as_str()) || MONTHS.contains(&lower.as_str()) {
            named = true;
        } else if is_number(&lower) {
            number = true;
        } else if !GLUE.contains(&lower.as_str()) {
            return false;
        }
    }
    number && (named || is_iso_date(line.trim()))
}

fn is_number(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == ':')
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "am" | "pm" | "h")
}

fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::is_dateline;

    #[test]
    fn recognises_dates() {
        for d in [
            "Thursday, February 23, 2006",
            "23 Feb. 2006",
            "Mon 5 March 2007, 14:30",
            "2006-02-23",
            "March 3rd, 2020",
        ] {
            assert!(is_dateline(d), "{d}");
        }
    }

    #[test]
    fn headings_and_titles_are_not_dates() {
        for d in [
            "Normalization efforts",
            "Talks resume in March",
            "May Day 2020 in Paris",
            "Group F 1 0",
            "2024",
        ] {
            assert!(!is_dateline(d), "{d}");
        }
    }
}
