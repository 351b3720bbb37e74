//! The resident's survey page and the supervisors' campaigns page, one a file.

mod campaigns;
mod survey;

pub use campaigns::SurveyCampaignsPage;
pub use survey::SurveyPage;
