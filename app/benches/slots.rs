//! Free slots for one site, 10 agents, 20 motifs' worth of existing bookings, 60 days:
//! the question the booking page asks on every load. Target: ≤ 2 ms.
//! Run: `cargo bench -p app --bench slots`.

use app::booking::slots::{AgentAvailability, Interval, SlotQuery, free_slots};
use app::calendar::hours::{TimeRange, WeeklyHours};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// The demo town hall's hours: 08:30–12:00 and 13:30–17:00, Wednesday 10:30–19:00,
/// Saturday morning.
fn town_hall() -> WeeklyHours {
    let mut w = WeeklyHours::default();
    for day in [0, 1, 3, 4] {
        w.add(day, TimeRange::new(t(8, 30), t(12, 0)).unwrap());
        w.add(day, TimeRange::new(t(13, 30), t(17, 0)).unwrap());
    }
    w.add(2, TimeRange::new(t(10, 30), t(19, 0)).unwrap());
    w.add(5, TimeRange::new(t(9, 0), t(12, 0)).unwrap());
    w
}

/// Ten agents, each already booked about four times a day with appointments of twenty
/// motifs (10 to 45 minutes), plus one week of leave for two of them.
fn agents(start: NaiveDate) -> Vec<AgentAvailability> {
    let durations: Vec<i64> = (0..20).map(|m| 10 + (m * 7) % 36).collect();
    (0..10)
        .map(|id| {
            let mut busy = Vec::new();
            for day in 0..60 {
                let date = start + Duration::days(day);
                for k in 0..4 {
                    let local = date.and_time(t(9 + 2 * k as u32, ((id * 7 + k) % 4 * 15) as u32));
                    let begin: DateTime<Utc> = chrono_tz::Europe::Paris
                        .from_local_datetime(&local)
                        .earliest()
                        .unwrap()
                        .with_timezone(&Utc);
                    let length = durations[((id + day as i32 + k) % 20) as usize];
                    busy.push(Interval::new(begin, begin + Duration::minutes(length + 5)));
                }
            }
            let absences = if id < 2 {
                let from = (start + Duration::days(20))
                    .and_hms_opt(0, 0, 0)
                    .unwrap()
                    .and_utc();
                vec![Interval::new(from, from + Duration::days(7))]
            } else {
                vec![]
            };
            AgentAvailability {
                agent_id: id,
                weekly: town_hall(),
                absences,
                busy,
                skilled: true,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let start = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let site = town_hall();
    let agents = agents(start);
    let query = SlotQuery {
        site_hours: &site,
        closures: &[],
        alsace_moselle: false,
        duration: Duration::minutes(20),
        buffer: Duration::minutes(5),
        min_delay: Duration::hours(2),
        max_delay_days: 60,
        now: start.and_hms_opt(7, 0, 0).unwrap().and_utc(),
        from: start,
        to: start + Duration::days(59),
    };
    let found = free_slots(&query, &agents);
    assert!(
        found.len() > 500,
        "a realistic answer: {} slots",
        found.len()
    );
    c.bench_function("free slots: 1 site, 10 agents, 20 motifs, 60 days", |b| {
        b.iter(|| free_slots(black_box(&query), black_box(&agents)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
