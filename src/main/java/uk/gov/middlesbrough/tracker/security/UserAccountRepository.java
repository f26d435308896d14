package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByEmailIgnoreCase(String email);

	List<UserAccount> findAllByOrderByUsernameAsc();

	List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role role);

	/** The same password hashed again: not a change anyone made, so the version (and an open edit form) stays. */
	@Modifying
	@Query("update UserAccount a set a.passwordHash = :hash where a.username = :username")
	int rehashPassword(String username, String hash);

	boolean existsByIdAndRoleAndEnabledTrue(long id, Role role);
}
