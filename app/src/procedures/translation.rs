//! Where a translation stands: the French is edited after it, and each edit says how much
//! it changes (minor: a comma; medium: a detail translators should carry over; major: a
//! fact, so readers of an older translation are warned). Pure: unit-tested below.

use super::model::{EditLevel, TranslationState};

/// `french`: the published French versions (number, level); `based_on`: the French
/// version the translation was made from.
pub fn state(french: &[(i32, EditLevel)], based_on: i32) -> TranslationState {
    let since = french
        .iter()
        .filter(|(version, _)| *version > based_on)
        .map(|(_, level)| *level)
        .max();
    match since {
        Some(EditLevel::Major) => TranslationState::OutOfDate,
        Some(EditLevel::Medium) => TranslationState::ToUpdate,
        Some(EditLevel::Minor) | None => TranslationState::UpToDate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EditLevel::*;
    use TranslationState::*;

    #[test]
    fn only_edits_after_the_translation_count_and_the_largest_wins() {
        let french = [(1, Major), (2, Minor), (3, Medium), (4, Minor)];
        assert_eq!(state(&french, 4), UpToDate);
        assert_eq!(
            state(&french, 3),
            UpToDate,
            "a minor edit leaves it up to date"
        );
        assert_eq!(state(&french, 2), ToUpdate);
        assert_eq!(
            state(&french, 1),
            ToUpdate,
            "the first version's level is not an edit after it"
        );
        assert_eq!(state(&[(1, Minor), (2, Major), (3, Minor)], 1), OutOfDate);
        assert_eq!(state(&[], 0), UpToDate);
    }
}
