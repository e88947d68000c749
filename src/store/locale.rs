//! The person's locale, from the browser (`navigator.languages`): dates, weekdays, months
//! and numbers as they read them, through the platform's `Intl` — no tables of our own.
//! Stored data stays ISO and locale-free; only what is shown passes through here.
//! Every call is safe: if `Intl` refuses something, the ISO form (or a plain number) shows.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

/// A BCP 47 language tag such as `en-GB`, as the browser reported it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    tag: String,
}

thread_local! {
    static CURRENT: RefCell<Option<Locale>> = const { RefCell::new(None) };
    static FORMATS: RefCell<HashMap<(String, &'static str), Function>> = RefCell::new(HashMap::new());
}

/// The person's locale (read once from the browser, then remembered).
pub fn current() -> Locale {
    CURRENT.with(|c| c.borrow_mut().get_or_insert_with(Locale::browser).clone())
}

/// Sets up the person's locale and the date formats most pages show. The browser's first
/// `Intl` object costs about 20 ms at full speed (four times that on a slow phone);
/// start-up does this in a task of its own rather than inside drawing the first page.
pub fn warm() {
    let locale = current();
    let _ = locale.date_format(Style::Medium);
    let _ = locale.date_format(Style::Long);
}

/// Sets up the number formats (counts, measures, percentages). The browser's first
/// `Intl.NumberFormat` costs several milliseconds at full speed as well; without this it
/// lands inside drawing a page (a goal's progress and measures), so start-up does it in
/// a task of its own too.
pub fn warm_numbers() {
    let locale = current();
    let _ = locale.number(1.0, 0);
    let _ = locale.number(1.5, 2);
    let _ = locale.percent(0.5);
}

/// The kinds of date shown, each one set of `Intl.DateTimeFormat` options.
#[derive(Clone, Copy)]
enum Style {
    /// "Sunday, November 22, 2026"
    Full,
    /// "November 22, 2026"
    Long,
    /// "Nov 22, 2026"
    Medium,
    /// "Sun, Nov 22, 2026"
    WeekdayMedium,
    /// "11/22/2026"
    Numeric,
    /// "November 2026"
    MonthYear,
    /// "Nov 22"
    DayMonth,
    /// "Sun"
    WeekdayShort,
    /// "Sunday"
    WeekdayLong,
    /// "Nov 22, 2026, 2:05 PM" in the person's time zone
    DateTime,
    /// "November 22, 2026" in the person's time zone
    LocalLong,
    /// "2:30 PM" / "14:30": a time of day as written, no time zone
    TimeOfDay,
}

impl Style {
    fn key(self) -> &'static str {
        match self {
            Style::Full => "full",
            Style::Long => "long",
            Style::Medium => "medium",
            Style::WeekdayMedium => "wmedium",
            Style::Numeric => "numeric",
            Style::MonthYear => "monthyear",
            Style::DayMonth => "daymonth",
            Style::WeekdayShort => "wshort",
            Style::WeekdayLong => "wlong",
            Style::DateTime => "datetime",
            Style::LocalLong => "locallong",
            Style::TimeOfDay => "timeofday",
        }
    }

    fn options(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Style::Full => &[("dateStyle", "full"), ("timeZone", "UTC")],
            Style::Long => &[("dateStyle", "long"), ("timeZone", "UTC")],
            Style::Medium => &[("dateStyle", "medium"), ("timeZone", "UTC")],
            Style::WeekdayMedium => &[
                ("weekday", "short"),
                ("day", "numeric"),
                ("month", "short"),
                ("year", "numeric"),
                ("timeZone", "UTC"),
            ],
            Style::Numeric => &[
                ("day", "2-digit"),
                ("month", "2-digit"),
                ("year", "numeric"),
                ("timeZone", "UTC"),
            ],
            Style::MonthYear => &[("month", "long"), ("year", "numeric"), ("timeZone", "UTC")],
            Style::DayMonth => &[("day", "numeric"), ("month", "short"), ("timeZone", "UTC")],
            Style::WeekdayShort => &[("weekday", "short"), ("timeZone", "UTC")],
            Style::WeekdayLong => &[("weekday", "long"), ("timeZone", "UTC")],
            Style::DateTime => &[("dateStyle", "medium"), ("timeStyle", "short")],
            Style::LocalLong => &[("dateStyle", "long")],
            Style::TimeOfDay => &[("timeStyle", "short"), ("timeZone", "UTC")],
        }
    }
}

impl Locale {
    /// A locale from a language tag, for tests and explicit choices.
    pub fn new(tag: &str) -> Locale {
        Locale {
            tag: tag.to_string(),
        }
    }

    /// The browser's first preferred language that `Intl` understands, or English when
    /// it names none. (WebKitGTK under the C locale reports the tag "C", which every
    /// `Intl` constructor refuses: every date would then show as ISO text.)
    pub fn browser() -> Locale {
        let nav = web_sys::window().map(|w| w.navigator());
        let mut tags: Vec<String> = nav
            .as_ref()
            .map(|n| n.languages().iter().filter_map(|t| t.as_string()).collect())
            .unwrap_or_default();
        tags.extend(nav.as_ref().and_then(|n| n.language()));
        Locale::first_usable(&tags)
    }

    /// The first of `tags` that `Intl` accepts, or English.
    pub fn first_usable(tags: &[String]) -> Locale {
        let tag = tags
            .iter()
            .map(|t| t.trim())
            .find(|t| !t.is_empty() && make_intl("DateTimeFormat", t, &[]).is_some())
            .unwrap_or("en");
        Locale::new(tag)
    }

    /// The tag, e.g. `de-DE`.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// The locale's `format` function for a style, built once and remembered.
    fn formatter(
        &self,
        kind: &'static str,
        build: impl FnOnce() -> Option<Function>,
    ) -> Option<Function> {
        let key = (self.tag.clone(), kind);
        if let Some(f) = FORMATS.with(|m| m.borrow().get(&key).cloned()) {
            return Some(f);
        }
        let f = build()?;
        FORMATS.with(|m| m.borrow_mut().insert(key, f.clone()));
        Some(f)
    }

    /// `new Intl.<ctor>(tag, options).format`, or nothing if `Intl` refuses.
    fn intl_format(&self, ctor: &str, options: &[(&str, JsValue)]) -> Option<Function> {
        let object = make_intl(ctor, &self.tag, options)?;
        let format = Reflect::get(&object, &"format".into()).ok()?;
        format.dyn_into::<Function>().ok()
    }

    fn date_format(&self, style: Style) -> Option<Function> {
        self.formatter(style.key(), || {
            let opts: Vec<(&str, JsValue)> = style
                .options()
                .iter()
                .map(|(k, v)| (*k, JsValue::from_str(v)))
                .collect();
            self.intl_format("DateTimeFormat", &opts)
        })
    }

    fn format_millis(&self, style: Style, millis: f64) -> Option<String> {
        let f = self.date_format(style)?;
        let date = js_sys::Date::new(&JsValue::from_f64(millis));
        f.call1(&JsValue::NULL, &date).ok()?.as_string()
    }

    fn format_day(&self, style: Style, date: NaiveDate) -> String {
        let millis = date
            .and_hms_opt(12, 0, 0)
            .map(|t| t.and_utc().timestamp_millis() as f64);
        millis
            .and_then(|m| self.format_millis(style, m))
            .unwrap_or_else(|| waymark_core::forms::date_text(date))
    }

    /// "Sunday, November 22, 2026" / "Sonntag, 22. November 2026".
    pub fn full_date(&self, date: NaiveDate) -> String {
        self.format_day(Style::Full, date)
    }

    /// "November 22, 2026" / "22 November 2026".
    pub fn long_date(&self, date: NaiveDate) -> String {
        self.format_day(Style::Long, date)
    }

    /// "Nov 22, 2026" / "22 Nov 2026" / "22.11.2026".
    pub fn medium_date(&self, date: NaiveDate) -> String {
        self.format_day(Style::Medium, date)
    }

    /// "Sun, Nov 22, 2026" / "Sun 22 Nov 2026".
    pub fn weekday_date(&self, date: NaiveDate) -> String {
        self.format_day(Style::WeekdayMedium, date)
    }

    /// "11/22/2026" / "22/11/2026" / "22.11.2026".
    pub fn short_date(&self, date: NaiveDate) -> String {
        self.format_day(Style::Numeric, date)
    }

    /// "Nov 22" / "22 Nov" / "22. Nov.".
    pub fn day_month(&self, date: NaiveDate) -> String {
        self.format_day(Style::DayMonth, date)
    }

    /// "November 2026" / "November 2026" / "نوفمبر ٢٠٢٦".
    pub fn month_year(&self, year: i32, month: u32) -> String {
        match NaiveDate::from_ymd_opt(year, month, 15) {
            Some(d) => self.format_day(Style::MonthYear, d),
            None => format!("{year}-{month:02}"),
        }
    }

    /// A weekday's name, short ("Mon") or long ("Monday").
    pub fn weekday_name(&self, day: Weekday, long: bool) -> String {
        // 2026-11-16 is a Monday.
        let monday = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap_or_default();
        let date = monday + chrono::Days::new(u64::from(day.num_days_from_monday()));
        let style = if long {
            Style::WeekdayLong
        } else {
            Style::WeekdayShort
        };
        self.format_millis(
            style,
            date.and_hms_opt(12, 0, 0)
                .map(|t| t.and_utc().timestamp_millis() as f64)
                .unwrap_or_default(),
        )
        .unwrap_or_else(|| day.to_string())
    }

    /// The seven weekdays in the locale's order, starting on its first day.
    pub fn week(&self) -> [Weekday; 7] {
        let mut day = self.first_weekday();
        std::array::from_fn(|_| {
            let d = day;
            day = day.succ();
            d
        })
    }

    /// A time of day as the person wrote it: "2:30 PM" / "14:30".
    pub fn time_of_day(&self, time: NaiveTime) -> String {
        let millis = NaiveDate::from_ymd_opt(2026, 1, 1)
            .map(|d| d.and_time(time).and_utc().timestamp_millis() as f64);
        millis
            .and_then(|m| self.format_millis(Style::TimeOfDay, m))
            .unwrap_or_else(|| waymark_core::forms::time_text(time))
    }

    /// A moment as a date and time in the person's time zone: "Nov 22, 2026, 2:05 PM".
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        self.format_millis(Style::DateTime, at.timestamp_millis() as f64)
            .unwrap_or_else(|| {
                format!(
                    "{} {} UTC",
                    waymark_core::forms::date_text(at.date_naive()),
                    waymark_core::forms::time_text(at.time())
                )
            })
    }

    /// A moment's day in the person's time zone: "November 22, 2026".
    pub fn local_date(&self, at: DateTime<Utc>) -> String {
        self.format_millis(Style::LocalLong, at.timestamp_millis() as f64)
            .unwrap_or_else(|| waymark_core::forms::date_text(at.date_naive()))
    }

    /// The locale's first day of the week (`Intl.Locale` week info where the browser has
    /// it; Monday, the ISO 8601 first day, where it doesn't).
    pub fn first_weekday(&self) -> Weekday {
        week_first_day(&self.tag)
            .and_then(|n| Weekday::try_from(((n + 6) % 7) as u8).ok())
            .unwrap_or(Weekday::Mon)
    }

    /// A number with at most `max_decimals` decimals, grouped the locale's way:
    /// "1,234.5" / "1.234,5".
    pub fn number(&self, value: f64, max_decimals: u8) -> String {
        let kind: &'static str = match max_decimals {
            0 => "n0",
            1 => "n1",
            _ => "n2",
        };
        let digits = max_decimals.min(2);
        self.formatter(kind, || {
            self.intl_format(
                "NumberFormat",
                &[("maximumFractionDigits", JsValue::from(digits))],
            )
        })
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| plain_number(value, digits))
    }

    /// A number with exactly one decimal, as in "6.3" / "6,3" / "5.0".
    pub fn one_decimal(&self, value: f64) -> String {
        self.formatter("fixed1", || {
            self.intl_format(
                "NumberFormat",
                &[
                    ("minimumFractionDigits", JsValue::from(1)),
                    ("maximumFractionDigits", JsValue::from(1)),
                ],
            )
        })
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(value)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{value:.1}"))
    }

    /// The plural category of `count` in this locale ("one", "few", "many", "other", …),
    /// from `Intl.PluralRules`: "other" when the browser has none (then "1" still reads
    /// as "one").
    pub fn plural_category(&self, count: f64) -> String {
        self.formatter("plural", || {
            let rules = make_intl("PluralRules", &self.tag, &[])?;
            let select = Reflect::get(&rules, &"select".into())
                .ok()?
                .dyn_into::<Function>()
                .ok()?;
            Some(select.bind0(&rules))
        })
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(count)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| if count == 1.0 { "one" } else { "other" }.to_string())
    }

    /// A share as a percentage with no decimals: "42%" / "42 %" / "٤٢٪".
    pub fn percent(&self, fraction: f64) -> String {
        self.formatter("pct", || {
            self.intl_format(
                "NumberFormat",
                &[
                    ("style", JsValue::from_str("percent")),
                    ("maximumFractionDigits", JsValue::from(0)),
                ],
            )
        })
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(fraction)).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{}%", (fraction * 100.0).round()))
    }
}

fn plain_number(value: f64, digits: u8) -> String {
    let text = format!("{value:.*}", usize::from(digits));
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// `new Intl[ctor](tag, options)`, caught: a bad tag or missing `Intl` gives nothing.
fn make_intl(ctor: &str, tag: &str, options: &[(&str, JsValue)]) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor = Reflect::get(&intl, &ctor.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let opts = Object::new();
    for (k, v) in options {
        Reflect::set(&opts, &(*k).into(), v).ok()?;
    }
    let args = Array::of2(&JsValue::from_str(tag), &opts);
    Reflect::construct(&ctor, &args).ok()
}

/// `firstDay` (1 = Monday … 7 = Sunday) from `Intl.Locale`'s `getWeekInfo()` or `weekInfo`.
fn week_first_day(tag: &str) -> Option<u32> {
    let locale = make_intl("Locale", tag, &[])?;
    let info = match Reflect::get(&locale, &"getWeekInfo".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        Some(get) => get.call0(&locale).ok()?,
        None => Reflect::get(&locale, &"weekInfo".into()).ok()?,
    };
    let first = Reflect::get(&info, &"firstDay".into()).ok()?.as_f64()?;
    (1.0..=7.0).contains(&first).then_some(first as u32)
}

/// The language the words are written in. A noun's singular or plural follows its
/// rules, whatever the browser's locale: the sentences are English, and a French
/// browser's rules would make "0 goal" of them (French counts 0 as one).
pub const WORDS_LANGUAGE: &str = "en";

/// Shorthands in the person's locale, for the pages.
pub fn full_date(date: NaiveDate) -> String {
    current().full_date(date)
}
/// See [`Locale::long_date`].
pub fn long_date(date: NaiveDate) -> String {
    current().long_date(date)
}
/// See [`Locale::medium_date`].
pub fn medium_date(date: NaiveDate) -> String {
    current().medium_date(date)
}
/// See [`Locale::weekday_date`].
pub fn weekday_date(date: NaiveDate) -> String {
    current().weekday_date(date)
}
/// See [`Locale::short_date`].
pub fn short_date(date: NaiveDate) -> String {
    current().short_date(date)
}
/// See [`Locale::day_month`].
pub fn day_month(date: NaiveDate) -> String {
    current().day_month(date)
}
/// See [`Locale::month_year`].
pub fn month_year(date: NaiveDate) -> String {
    current().month_year(date.year(), date.month())
}
/// See [`Locale::date_time`].
pub fn date_time(at: DateTime<Utc>) -> String {
    current().date_time(at)
}
/// See [`Locale::time_of_day`].
pub fn time_of_day(time: NaiveTime) -> String {
    current().time_of_day(time)
}
/// See [`Locale::local_date`].
pub fn local_date(at: DateTime<Utc>) -> String {
    current().local_date(at)
}
/// See [`Locale::number`] (two decimals at most).
pub fn number(value: f64) -> String {
    current().number(value, 2)
}
/// A whole count in the locale's digits and grouping ("1,234" / "1.234").
pub fn count(value: usize) -> String {
    current().number(value as f64, 0)
}
/// See [`Locale::percent`].
pub fn percent(fraction: f64) -> String {
    current().percent(fraction)
}
