//! The pages of requests: the agents' list with the contact log (`list.rs`), one request
//! (`detail.rs`), its acknowledgement of receipt and its replies as letters to print
//! (`acknowledgement.rs`), and
//! the residents' form and follow-up (`public.rs`).

mod acknowledgement;
mod detail;
mod letter;
mod list;
mod public;
mod standing;
mod templates;

pub use acknowledgement::{AcknowledgementPage, ReplyLetterPage};
pub use detail::RequestPage;
pub use letter::LetterPage;
pub use list::RequestsPage;
pub use public::{FollowRequestPage, SubmitRequestPage};
pub use templates::ReplyTemplatesPage;
