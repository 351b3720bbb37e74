//! Who is in front of whom: the one read of the queue's tickets that other features need
//! (the language panel sends an interpreter to the desk of the counsellor's visitor).

use super::entities::ticket::{self, TicketStatus};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

/// The visitor an agent has called or is serving, if any.
pub async fn current_of<C: ConnectionTrait>(
    db: &C,
    agent_id: i32,
) -> Result<Option<ticket::Model>, DbErr> {
    ticket::Entity::find()
        .filter(ticket::Column::AgentId.eq(agent_id))
        .filter(ticket::Column::Status.is_in(TicketStatus::WITH_AGENT))
        .order_by_desc(ticket::Column::CalledAt)
        .one(db)
        .await
}
