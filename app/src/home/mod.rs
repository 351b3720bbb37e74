//! `/`: the resident home. Mobile-first, complete without JavaScript: language choice, the
//! big actions, and each site with today's opening hours (read through `calendar`).

pub mod views;
