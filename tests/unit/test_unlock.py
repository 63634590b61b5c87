import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.secrets import KeyringUnavailable, MemoryKeyStore
from etsoft_desk.services.unlock import unlock


def no_keyring():
    raise KeyringUnavailable("none")


class Asker:
    def __init__(self, *answers):
        self.answers = list(answers)
        self.reasons = []

    def __call__(self, reason):
        self.reasons.append(reason.template)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def closed(new_register):
    new_register.register.close()
    return new_register


def test_environment_key_comes_first_in_either_form(closed, register_path):
    store = MemoryKeyStore()
    for text in (format_recovery_key(closed.key), closed.key.hex(), format_recovery_key(closed.key).replace("-", " ")):
        got = unlock(register_path, keystore=lambda: store, ask=None, env={"ETSOFT_DESK_KEY": text})
        assert got.source == "environment"
        got.register.close()


def test_keyring_is_used_when_it_holds_the_key(closed, register_path):
    store = MemoryKeyStore()
    store.save(closed.register.register_id, closed.key)
    ask = Asker()
    got = unlock(register_path, keystore=lambda: store, ask=ask, env={})
    assert got.source == "keyring" and ask.reasons == []
    got.register.close()


def test_no_keyring_says_so_and_asks_for_the_recovery_key(closed, register_path):
    ask = Asker(format_recovery_key(closed.key))
    got = unlock(register_path, keystore=no_keyring, ask=ask, env={})
    assert ask.reasons == [Msg.KEYRING_UNAVAILABLE]
    assert got.source == "typed" and got.keyring_note.template == Msg.KEYRING_UNAVAILABLE
    got.register.close()


def test_wrong_then_right_key_asks_again_and_stores_the_right_one(closed, register_path):
    store = MemoryKeyStore()
    ask = Asker(bytes(32).hex(), "ABCD", format_recovery_key(closed.key))
    got = unlock(register_path, keystore=lambda: store, ask=ask, env={})
    assert ask.reasons == [Msg.KEY_NOT_IN_KEYRING, Msg.WRONG_KEY, Msg.KEY_MALFORMED]
    assert store.load(closed.register.register_id) == closed.key
    got.register.close()


def test_giving_up_or_no_way_to_ask_is_a_sentence(closed, register_path):
    with pytest.raises(UserError) as err:
        unlock(register_path, keystore=MemoryKeyStore, ask=Asker(), env={})
    assert err.value.template == Msg.KEY_NEEDED
    with pytest.raises(UserError) as err:
        unlock(register_path, keystore=MemoryKeyStore, ask=None, env={})
    assert err.value.template == Msg.KEY_NEEDED


def test_wrong_environment_key_is_not_retried(closed, register_path):
    with pytest.raises(UserError) as err:
        unlock(register_path, keystore=MemoryKeyStore, ask=Asker(), env={"ETSOFT_DESK_KEY": bytes(32).hex()})
    assert err.value.template == Msg.WRONG_KEY


def test_stale_key_in_keyring_falls_back_to_asking(closed, register_path):
    store = MemoryKeyStore()
    store.save(closed.register.register_id, bytes(32))
    ask = Asker(closed.key.hex())
    got = unlock(register_path, keystore=lambda: store, ask=ask, env={})
    assert ask.reasons == [Msg.KEY_NOT_IN_KEYRING]
    assert store.load(closed.register.register_id) == closed.key
    got.register.close()


def test_a_folder_where_the_register_should_be_is_a_sentence(tmp_path):
    (tmp_path / "register.db").mkdir()
    with pytest.raises(UserError) as err:
        unlock(tmp_path / "register.db", keystore=MemoryKeyStore, ask=None, env={})
    assert err.value.template == Msg.NOT_A_REGISTER
