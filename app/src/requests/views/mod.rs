//! The pages of requests: the agents' list with the contact log (`list.rs`), one request
//! (`detail.rs`) and its acknowledgement of receipt to print (`acknowledgement.rs`), and
//! the residents' form and follow-up (`public.rs`).

mod acknowledgement;
mod detail;
mod list;
mod public;
mod standing;

pub use acknowledgement::AcknowledgementPage;
pub use detail::RequestPage;
pub use list::RequestsPage;
pub use public::{FollowRequestPage, SubmitRequestPage};
