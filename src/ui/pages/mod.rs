//! One module per route.

pub mod checkins;
pub mod coach;
pub mod data;
pub mod discover;
pub mod goals;
pub mod home;
pub mod journal;
pub mod not_found;
pub mod outcomes;
pub mod people;
pub mod profile;
pub mod report;
pub mod search;
pub mod stories;
pub mod timeline;
