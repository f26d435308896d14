package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);

	boolean existsByIdAndRoleAndEnabledTrue(long id, Role role);
}
