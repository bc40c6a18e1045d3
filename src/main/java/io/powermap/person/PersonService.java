package io.powermap.person;

import io.powermap.auth.Actor;
import io.powermap.person.PersonRecords.Person;
import io.powermap.person.PersonRecords.PersonInput;
import io.powermap.person.PersonRecords.PersonSummary;
import io.powermap.person.PersonRecords.StanceInput;
import io.powermap.web.ApiException;

import java.util.List;

public final class PersonService {

    private final PersonRepository repository;

    public PersonService(PersonRepository repository) {
        this.repository = repository;
    }

    public List<PersonSummary> list(String accountId) {
        return repository.list(accountId);
    }

    public Person get(String accountId, String id) {
        return repository.get(accountId, id).orElseThrow(() -> ApiException.notFound("person", id));
    }

    public Person create(String accountId, PersonInput in, Actor actor) {
        in.check().orThrow();
        return repository.create(accountId, in, actor);
    }

    public Person update(String accountId, String id, PersonInput in, Actor actor) {
        in.check().required("version", in.version()).orThrow();
        return repository.update(accountId, id, in, actor);
    }

    public Person changeStance(String accountId, String id, StanceInput in, Actor actor) {
        in.check().orThrow();
        return repository.changeStance(accountId, id, in, actor);
    }

    public void delete(String accountId, String id, long version, Actor actor) {
        repository.delete(accountId, id, version, actor);
    }
}
