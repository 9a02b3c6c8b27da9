//! The hiring pipeline: an application's stages and the moves between them.
//!
//! Forward along `submitted → screening → interview → offer → hired` (skipping ahead is
//! allowed: a strong candidate may go straight to interview); `rejected` from any open
//! stage; no moving back between open stages. A decided application (hired or rejected)
//! moves again only through an explicit reopen, to screening, by a recruiter. A withdrawn
//! application is the applicant's decision and never moves. Hiring managers move
//! applications through screening and interview; offers, hiring, rejection and reopening
//! are a recruiter's (docs/product.md, who uses it: recruiters "reject/advance").

use serde::Serialize;

use super::staff::Role;

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Submitted,
    Screening,
    Interview,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
}

/// Why a move is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveRefused {
    /// Not a move the pipeline has (backwards, from withdrawn, to the same stage).
    NotAllowed,
    /// A move this role may not make.
    Role,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Self; 7] = [
        Self::Submitted,
        Self::Screening,
        Self::Interview,
        Self::Offer,
        Self::Hired,
        Self::Rejected,
        Self::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Screening => "screening",
            Self::Interview => "interview",
            Self::Offer => "offer",
            Self::Hired => "hired",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }

    /// How staff read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Submitted => "Submitted",
            Self::Screening => "Screening",
            Self::Interview => "Interview",
            Self::Offer => "Offer",
            Self::Hired => "Hired",
            Self::Rejected => "Rejected",
            Self::Withdrawn => "Withdrawn",
        }
    }

    /// Whether the process has ended for this application.
    pub fn is_decided(self) -> bool {
        matches!(self, Self::Hired | Self::Rejected | Self::Withdrawn)
    }

    /// Whether `role` may move an application from this stage to `to`.
    pub fn can_move(self, to: Stage, role: Role) -> Result<(), MoveRefused> {
        let recruiter = role.includes(Role::Recruiter);
        let allowed = match (self, to) {
            (Self::Withdrawn, _) | (_, Self::Withdrawn | Self::Submitted) => false,
            (from, to) if from == to => false,
            // The explicit reopen.
            (Self::Hired | Self::Rejected, Self::Screening) => {
                return if recruiter {
                    Ok(())
                } else {
                    Err(MoveRefused::Role)
                };
            }
            (Self::Hired | Self::Rejected, _) => false,
            (_, Self::Rejected) => true,
            (from, to) => to > from,
        };
        if !allowed {
            return Err(MoveRefused::NotAllowed);
        }
        if matches!(to, Self::Offer | Self::Hired | Self::Rejected) && !recruiter {
            return Err(MoveRefused::Role);
        }
        Ok(())
    }

    /// The stages `role` may move an application to from here, in order.
    pub fn moves_for(self, role: Role) -> Vec<Stage> {
        Self::ALL
            .into_iter()
            .filter(|to| self.can_move(*to, role).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage));
        }
        assert_eq!(Stage::parse("archived"), None);
    }

    #[test]
    fn the_pipeline_moves_forward_or_to_rejected() {
        use Stage::*;
        let r = Role::Recruiter;
        assert_eq!(
            Submitted.moves_for(r),
            [Screening, Interview, Offer, Hired, Rejected]
        );
        assert_eq!(Interview.moves_for(r), [Offer, Hired, Rejected]);
        assert_eq!(
            Interview.can_move(Screening, r),
            Err(MoveRefused::NotAllowed)
        );
        assert_eq!(Rejected.moves_for(r), [Screening], "only the reopen");
        assert_eq!(Hired.moves_for(r), [Screening]);
        assert!(Withdrawn.moves_for(Role::HrAdmin).is_empty());
        assert_eq!(Offer.can_move(Offer, r), Err(MoveRefused::NotAllowed));
    }

    #[test]
    fn hiring_managers_review_and_recruiters_decide() {
        use Stage::*;
        let hm = Role::HiringManager;
        assert_eq!(Submitted.moves_for(hm), [Screening, Interview]);
        assert_eq!(Interview.can_move(Offer, hm), Err(MoveRefused::Role));
        assert_eq!(Screening.can_move(Rejected, hm), Err(MoveRefused::Role));
        assert_eq!(Rejected.can_move(Screening, hm), Err(MoveRefused::Role));
        assert!(Rejected.can_move(Screening, Role::HrAdmin).is_ok());
    }

    proptest! {
        #[test]
        fn no_move_leaves_withdrawn_or_returns_to_submitted(from in 0usize..7, to in 0usize..7, role in 0usize..3) {
            let (from, to, role) = (Stage::ALL[from], Stage::ALL[to], Role::ALL[role]);
            if from.can_move(to, role).is_ok() {
                prop_assert!(from != Stage::Withdrawn && to != Stage::Submitted && to != Stage::Withdrawn);
                prop_assert!(to > from || to == Stage::Rejected || (from.is_decided() && to == Stage::Screening));
                // Whatever a hiring manager may do, a recruiter may too.
                prop_assert!(from.can_move(to, Role::Recruiter).is_ok());
            }
        }
    }
}
