//! The pages of requests: the agents' list with the contact log (`list.rs`), one request
//! (`detail.rs`), and the residents' form and follow-up (`public.rs`).

mod detail;
mod list;
mod public;
mod standing;

pub use detail::RequestPage;
pub use list::RequestsPage;
pub use public::{FollowRequestPage, SubmitRequestPage};
