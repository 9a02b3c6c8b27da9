//! Keys derived from the one configured secret: form signatures and keyed hashes of
//! client addresses. Every instance sharing `ROCKET_SECRET_KEY` derives the same keys.

use aes_gcm::aead::Aead;
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use rocket::figment::Figment;
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// Key material for HMACs, one purpose string per use.
#[derive(Clone)]
pub struct Keys {
    material: [u8; 32],
}

impl Keys {
    /// Derives the keys from the figment's `secret_key`; without one (debug runs) the
    /// keys are random for this process.
    pub fn from_figment(figment: &Figment) -> Self {
        let material = match figment.extract_inner::<String>("secret_key") {
            Ok(secret) if !secret.is_empty() => {
                Sha256::digest(format!("careers keys\0{secret}")).into()
            }
            _ => rand::random(),
        };
        Self { material }
    }

    fn mac_for(&self, purpose: &str, message: &[u8]) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.material)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(message);
        mac
    }

    /// A hexadecimal HMAC of `message` for `purpose`.
    pub fn sign(&self, purpose: &str, message: &[u8]) -> String {
        hex::encode(self.mac_for(purpose, message).finalize().into_bytes())
    }

    /// Encrypts `plain` for `purpose` (AES-256-GCM under a key derived for that purpose,
    /// random nonce): a secret the portal must read back, such as an authenticator seed,
    /// kept so that a copy of the database alone does not reveal it.
    pub fn seal(&self, purpose: &str, plain: &[u8]) -> String {
        let nonce: [u8; 12] = rand::random();
        let sealed = self
            .cipher(purpose)
            .encrypt(Nonce::from_slice(&nonce), plain)
            .unwrap_or_else(|_| unreachable!("AES-GCM encrypts any short message"));
        hex::encode([nonce.as_slice(), &sealed].concat())
    }

    /// Decrypts what `seal` made for the same purpose; None when it was sealed under
    /// another secret key or for another purpose, or was altered.
    pub fn open(&self, purpose: &str, sealed: &str) -> Option<Vec<u8>> {
        let bytes = hex::decode(sealed).ok()?;
        let (nonce, body) = bytes.split_at_checked(12)?;
        self.cipher(purpose)
            .decrypt(Nonce::from_slice(nonce), body)
            .ok()
    }

    fn cipher(&self, purpose: &str) -> Aes256Gcm {
        let key = self
            .mac_for("sealing key", purpose.as_bytes())
            .finalize()
            .into_bytes();
        <Aes256Gcm as aes_gcm::KeyInit>::new_from_slice(&key)
            .unwrap_or_else(|_| unreachable!("a 32-byte key"))
    }

    /// Whether `signature` is the HMAC of `message` for `purpose` (constant time).
    pub fn verify(&self, purpose: &str, message: &[u8], signature: &str) -> bool {
        hex::decode(signature)
            .is_ok_and(|bytes| self.mac_for(purpose, message).verify_slice(&bytes).is_ok())
    }
}

/// The SHA-256 of a token, in hexadecimal: what the database keeps instead of the token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether two byte strings are equal, in time that depends only on their lengths.
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A new random token for a link: 32 bytes, hexadecimal.
pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_only_for_their_purpose_and_message() {
        let keys = Keys::from_figment(&Figment::new().merge(("secret_key", "k".repeat(44))));
        let signature = keys.sign("form", b"123");
        assert!(keys.verify("form", b"123", &signature));
        assert!(!keys.verify("form", b"124", &signature));
        assert!(!keys.verify("other", b"123", &signature));
        assert!(!keys.verify("form", b"123", "zz"));
        let same = Keys::from_figment(&Figment::new().merge(("secret_key", "k".repeat(44))));
        assert!(
            same.verify("form", b"123", &signature),
            "instances sharing the secret agree"
        );
    }

    #[test]
    fn sealed_secrets_open_only_with_their_key_and_purpose() {
        let keys = Keys::from_figment(&Figment::new().merge(("secret_key", "k".repeat(44))));
        let sealed = keys.seal("totp", b"seed bytes");
        assert_ne!(
            sealed,
            keys.seal("totp", b"seed bytes"),
            "a fresh nonce each time"
        );
        assert_eq!(
            keys.open("totp", &sealed).as_deref(),
            Some(&b"seed bytes"[..])
        );
        assert_eq!(keys.open("other", &sealed), None);
        let other = Keys::from_figment(&Figment::new().merge(("secret_key", "j".repeat(44))));
        assert_eq!(other.open("totp", &sealed), None);
        let mut altered = sealed.clone().into_bytes();
        let last = altered.len() - 1;
        altered[last] = if altered[last] == b'0' { b'1' } else { b'0' };
        assert_eq!(
            keys.open("totp", &String::from_utf8(altered).expect("hex")),
            None
        );
        assert_eq!(keys.open("totp", "zz"), None);
        assert_eq!(keys.open("totp", "00"), None);
    }

    #[test]
    fn tokens_are_long_random_and_stored_hashed() {
        let token = new_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, new_token());
        assert_eq!(token_hash(&token).len(), 64);
        assert_ne!(token_hash(&token), token);
    }
}
